package org.emend.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.emend.search.Snippet.Highlight;

/**
 * Cuts snippets and finds the words to highlight in them. The database says which blocks match
 * and how well; it cannot say where in the original text (its documents are rewritten into
 * bigrams), so the words are looked for again here, folded the same way: width (NFKC) and case.
 */
final class Snippets {

    /** How long a snippet is, in code points. */
    static final int LENGTH = 160;
    /** How much text a snippet shows before its first match. */
    private static final int LEAD = 40;
    private static final String CUT = "…";

    private Snippets() {
    }

    /** The snippet of whichever field matches the most words (fields may be null). */
    static Snippet of(List<String> fields, SearchTerms terms) {
        List<String> words = words(terms);
        String best = null;
        List<int[]> bestMatches = List.of();
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                continue;
            }
            List<int[]> matches = matches(field, words);
            if (best == null || distinct(matches) > distinct(bestMatches)) {
                best = field;
                bestMatches = matches;
            }
        }
        return best == null ? new Snippet("", List.of()) : cut(best, bestMatches);
    }

    /** The words of the query, folded: runs of letters and digits, Han runs apart from the rest. */
    static List<String> words(SearchTerms terms) {
        List<String> words = new ArrayList<>();
        for (String term : terms.terms()) {
            StringBuilder word = new StringBuilder();
            boolean han = false;
            for (int codePoint : fold(term).codePoints().toArray()) {
                boolean letter = Character.isLetterOrDigit(codePoint);
                if (word.length() > 0 && (!letter || isHan(codePoint) != han)) {
                    add(words, word);
                }
                if (letter) {
                    han = isHan(codePoint);
                    word.appendCodePoint(codePoint);
                }
            }
            add(words, word);
        }
        return words;
    }

    private static void add(List<String> words, StringBuilder word) {
        if (word.length() > 0 && !words.contains(word.toString())) {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    /**
     * Where the words occur in the text, as {start, end, word} in code points of the text. Han
     * words match anywhere; other words only as whole words.
     */
    private static List<int[]> matches(String text, List<String> words) {
        int[] codePoints = text.codePoints().toArray();
        // The folded text, and for each of its chars the code point of the text it came from
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < codePoints.length; i++) {
            String piece = fold(Character.toString(codePoints[i]));
            folded.append(piece);
            for (int c = 0; c < piece.length(); c++) {
                origin.add(i);
            }
        }
        List<int[]> matches = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            boolean han = isHan(word.codePointAt(0));
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (han || (!letterAt(folded, at - 1, false) && !letterAt(folded, end, true))) {
                    matches.add(new int[] { origin.get(at), origin.get(end - 1) + 1, w });
                }
            }
        }
        matches.sort(Comparator.<int[]> comparingInt(match -> match[0]).thenComparingInt(match -> -match[1]));
        // Overlapping matches (a word inside a longer one) highlight once
        List<int[]> merged = new ArrayList<>();
        for (int[] match : matches) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && match[0] < last[1]) {
                last[1] = Math.max(last[1], match[1]);
            } else {
                merged.add(match.clone());
            }
        }
        return merged;
    }

    /** The window of the text that holds the most matches, with their places in it. */
    private static Snippet cut(String text, List<int[]> matches) {
        int[] codePoints = text.codePoints().map(c -> c == '\n' || c == '\r' || c == '\t' ? ' ' : c).toArray();
        int start = 0;
        int best = -1;
        for (int[] anchor : matches) {
            int from = Math.max(0, Math.min(anchor[0] - LEAD, codePoints.length - LENGTH));
            int inside = (int) matches.stream().filter(match -> match[0] >= from && match[1] <= from + LENGTH).count();
            if (inside > best) {
                best = inside;
                start = from;
            }
        }
        int end = Math.min(codePoints.length, start + LENGTH);
        String prefix = start > 0 ? CUT : "";
        StringBuilder snippet = new StringBuilder(prefix);
        snippet.append(new String(codePoints, start, end - start));
        if (end < codePoints.length) {
            snippet.append(CUT);
        }
        int shift = prefix.codePointCount(0, prefix.length()) - start;
        List<Highlight> highlights = new ArrayList<>();
        for (int[] match : matches) {
            if (match[0] >= start && match[1] <= end) {
                highlights.add(new Highlight(match[0] + shift, match[1] + shift));
            }
        }
        return new Snippet(snippet.toString(), highlights);
    }

    private static long distinct(List<int[]> matches) {
        return matches.stream().mapToInt(match -> match[2]).distinct().count() * 1_000L + matches.size();
    }

    private static boolean letterAt(CharSequence text, int index, boolean forward) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        int codePoint = forward ? Character.codePointAt(text, index) : Character.codePointBefore(text, index + 1);
        return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The scripts written without spaces, as the database's search_words() treats them. */
    static boolean isHan(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
