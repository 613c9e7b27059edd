package org.emend.ocr.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote markers as printed and as OCR garbles them. Circled numbers ①–⑳ survive clean
 * OCR; a Latin-script model turns them into things like {@code (D}, {@code (@}, {@code (3@},
 * {@code ®}, {@code @}, {@code (O}, {@code (1O}, {@code (2}, {@code (@)}, {@code (®},
 * {@code ©}. A marker is only taken at the start of a line and before white space, which
 * keeps headings such as {@code (—)} and {@code (=)} out.
 */
public final class Markers {

    private static final String CIRCLED = "[\\u2460-\\u2473\\u24EA\\u2776-\\u277F\\u2780-\\u2793]";
    private static final String GARBLED_SYMBOL = "[@®©]";
    /** A marker: circled, bracketed garble, or bare symbols. */
    private static final String MARKER = "(?:" + CIRCLED
            + "|\\((?:[0-9]{1,2}[@®©ODBQo0]{0,2}|[@®©][@®©ODBQo0)]{0,2}|[ODBQ]|[0-9]{1,2})\\)?"
            + "|\\[[0-9]{1,2}\\]"
            + "|" + GARBLED_SYMBOL + "{1,2}[OD]?"
            + "|@O|@D)";
    /**
     * A garbled marker needs white space after it, or a bare symbol a capital, a Han character or
     * an opening quote (Tesseract reads {@code ①U.S.} as {@code @U.S.}); a clean circled number is
     * often set solid.
     */
    private static final Pattern AT_START = Pattern.compile("^\\s?(" + CIRCLED + "(?=\\S)|" + MARKER + "(?=\\s)|"
            + GARBLED_SYMBOL + "{1,2}(?=[\\p{Lu}\\p{IsHan}《“]))");
    private static final Pattern ONLY_MARKERS = Pattern.compile("^\\s*(?:" + MARKER + ")(?:\\s*(?:" + MARKER + "))*\\s*$");
    private static final Pattern CIRCLED_NUMBER = Pattern.compile(CIRCLED);

    private Markers() {
    }

    /** The marker a line starts with, as printed, or {@code null}. */
    public static String atStart(String line) {
        Matcher matcher = AT_START.matcher(line);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A line of markers and nothing else, as when a page's markers land together on a line. */
    public static boolean onlyMarkers(String line) {
        return !line.isBlank() && ONLY_MARKERS.matcher(line).matches();
    }

    /** The number a clean circled marker stands for, or 0 when it is garbled. */
    public static int circledNumber(String marker) {
        if (marker == null || !CIRCLED_NUMBER.matcher(marker).matches()) {
            return 0;
        }
        int c = marker.codePointAt(0);
        if (c >= 0x2460 && c <= 0x2473) {
            return c - 0x2460 + 1;
        }
        if (c >= 0x2776 && c <= 0x277F) {
            return c - 0x2776 + 1;
        }
        if (c >= 0x2780 && c <= 0x2793) {
            return (c - 0x2780) % 10 + 1;
        }
        return 0;
    }
}
