package org.emend.ocr.text;

import java.util.Locale;
import java.util.Set;

/**
 * Decides what a hyphen at the end of a printed line was: a typesetter's break inside a word
 * ({@code reshor-} / {@code ing}) or a real hyphen ({@code low-value-} / {@code added}). The
 * word joined is taken when it is in the dictionary or starts with a prefix English writes
 * solid ({@code mini-} / {@code lateral}); a hyphen between two words that are each in it,
 * and joined are not, is kept; anything else is a broken word and joined. A capital after
 * the hyphen keeps it ({@code anti-} / {@code China}).
 */
public final class Dehyphenator {

    private static final Set<String> SOLID_PREFIXES = Set.of("mini", "multi", "micro", "macro", "inter", "intra", "trans",
            "super", "geo", "socio", "bi", "tri", "uni");

    private Dehyphenator() {
    }

    /**
     * Joins {@code before} (a line ending in a hyphen) and {@code after} (the next line),
     * both trimmed.
     */
    public static String join(String before, String after) {
        String head = before.substring(0, before.length() - 1);
        String prefix = lastWord(head);
        String suffix = firstWord(after);
        if (prefix.isEmpty() || suffix.isEmpty()) {
            return before + after;
        }
        if (Character.isUpperCase(suffix.charAt(0))) {
            return before + after;
        }
        EnglishWords words = EnglishWords.get();
        String joined = prefix + suffix;
        if (SOLID_PREFIXES.contains(prefix.toLowerCase(Locale.ROOT))) {
            return head + after;
        }
        if (words.contains(joined) || words.contains(joined.toLowerCase(Locale.ROOT))) {
            return head + after;
        }
        if (words.contains(prefix) && words.contains(suffix)) {
            return before + after;
        }
        return head + after;
    }

    private static String lastWord(String text) {
        int i = text.length();
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i);
    }

    private static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }
}
