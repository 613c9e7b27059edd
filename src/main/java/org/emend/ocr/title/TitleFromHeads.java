package org.emend.ocr.title;

import java.util.Comparator;
import java.util.List;

import org.emend.ocr.text.TextProfile;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Mends a title read from the title block with the running heads that repeat it. A title is set
 * large and bold, and an engine misreads such characters ({@code 大国竞争表景下…天键矿产} for
 * {@code 背景…关键矿产}), or reads it as soup; the odd pages' head repeats it, whole or its first
 * part, in the text's face, which is read well.
 */
final class TitleFromHeads {

    /** How alike a head and the title (or its first part) must be, in characters in common. */
    private static final double ALIKE = 0.7;
    /** A head shorter than this is a journal's name, not a title. */
    private static final int MIN_TITLE_HEAD = 8;
    private static final double SOUP_SHARE = 0.3;

    private TitleFromHeads() {
    }

    /**
     * The title mended by the first head like it; a title read as soup is the longest head, when
     * one is long enough to be a title. {@code heads} are the pages' running heads without their
     * numbers, the lines left out.
     */
    static String mend(String title, List<String> heads) {
        List<String> candidates = heads.stream().map(head -> head.replaceAll("[\\s\\d\"“”]+", ""))
                .filter(head -> head.codePointCount(0, head.length()) >= MIN_TITLE_HEAD).toList();
        if (title == null || hanShare(title) < SOUP_SHARE) {
            return candidates.stream().filter(head -> hanShare(head) >= 1 - SOUP_SHARE)
                    .max(Comparator.comparingInt(String::length)).orElse(title);
        }
        for (String head : candidates) {
            // The head repeats the whole title, or its first part (a subtitle left out), a character or two apart
            for (int shift : new int[] { 0, -1, 1, -2, 2 }) {
                int end = head.length() + shift;
                if (end > 0 && end <= title.length() && alike(title.substring(0, end), head)) {
                    return head + title.substring(end);
                }
            }
        }
        return title;
    }

    private static boolean alike(String read, String head) {
        List<Integer> a = read.codePoints().boxed().toList();
        List<Integer> b = head.codePoints().boxed().toList();
        int changed = 0;
        for (AbstractDelta<Integer> delta : DiffUtils.diff(a, b).getDeltas()) {
            changed += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        return 1 - (double) changed / Math.max(a.size(), b.size()) >= ALIKE;
    }

    private static double hanShare(String text) {
        return TextProfile.of(text).hanShare();
    }
}
