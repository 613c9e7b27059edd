package org.emend.testing;

/**
 * Character error rate, as OCR is measured: the edits (Levenshtein) that turn the known text into
 * the text read, per character of the known text. White space is left out: Chinese has none, and
 * where a line breaks is not an error.
 */
public final class Cer {

    private Cer() {
    }

    public static double of(String expected, String actual) {
        int[] a = expected.replaceAll("\\s+", "").codePoints().toArray();
        int[] b = actual.replaceAll("\\s+", "").codePoints().toArray();
        return a.length == 0 ? (b.length == 0 ? 0 : 1) : (double) distance(a, b) / a.length;
    }

    /** How alike two texts are, white space aside: 1 less their edits per character of the longer. */
    public static double similarity(String one, String other) {
        int[] a = one.replaceAll("\\s+", "").codePoints().toArray();
        int[] b = other.replaceAll("\\s+", "").codePoints().toArray();
        int longer = Math.max(a.length, b.length);
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }

    private static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
