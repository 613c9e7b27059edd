package org.emend.ocr.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.emend.ocr.text.Line;

/**
 * Page furniture: what the printer put on a page that is not the article's text. A database
 * watermark ({@code https://www.cnki.net}), a running head (journal name, article title or
 * issue line), and the printed page number, at the head of the page or at its foot.
 *
 * @param lines the input lines that are furniture, so nothing else claims them
 */
public record Furniture(String watermark, String runningHead, String printedNumber, Set<Line> lines) {

    private static final Pattern BARE_URL = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+/?$");
    private static final Set<String> KNOWN_WATERMARKS = Set.of("cnki.net", "wanfangdata.com.cn", "cqvip.com");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    private static final Pattern NUMBER_AT_EDGE = Pattern
            .compile("^(\\d{1,4})(?![\\d年月日期卷号])\\s*|(?<![\\d第])\\s*(\\d{1,4})$");
    private static final int MAX_HEAD_LINES = 4;
    private static final int MAX_HEAD_LENGTH = 60;

    public static final Furniture NONE = new Furniture(null, null, null, Set.of());

    /** Lines that stand alone on several pages, such as a watermark: they mark page heads. */
    public static Set<String> repeatedLines(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            String text = line.trimmed();
            if (!text.isEmpty() && BARE_URL.matcher(text).matches()) {
                counts.merge(text, 1, Integer::sum);
            }
        }
        Set<String> repeated = new java.util.HashSet<>();
        counts.forEach((text, count) -> {
            if (count >= 2 || isKnownWatermark(text)) {
                repeated.add(text);
            }
        });
        return repeated;
    }

    public static boolean isWatermark(Line line, Set<String> watermarks) {
        return watermarks.contains(line.trimmed());
    }

    /** Whether the page's printed number is where {@code line} stands: a line of only digits. */
    public static boolean isPageNumber(Line line) {
        return PAGE_NUMBER.matcher(line.text()).matches();
    }

    /**
     * Finds the furniture of one page: a head block (watermark, up to four short lines, the
     * page number) or a page number alone on the page's last line.
     */
    public static Furniture of(List<Line> page, Set<String> watermarks) {
        List<Line> nonBlank = page.stream().filter(line -> !line.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return NONE;
        }
        int first = 0;
        String watermark = null;
        if (isWatermark(nonBlank.get(0), watermarks)) {
            watermark = nonBlank.get(0).trimmed();
            first = 1;
        }
        for (int i = first; i < Math.min(nonBlank.size(), first + MAX_HEAD_LINES + 1); i++) {
            Line candidate = nonBlank.get(i);
            if (isPageNumber(candidate)) {
                List<Line> head = nonBlank.subList(first, i);
                if (head.stream().allMatch(line -> line.trimmed().length() <= MAX_HEAD_LENGTH)
                        && (watermark != null || i <= 2)) {
                    return headFurniture(page, watermark, head, candidate);
                }
                break;
            }
            if (candidate.trimmed().length() > MAX_HEAD_LENGTH) {
                break;
            }
        }
        Line last = nonBlank.get(nonBlank.size() - 1);
        Set<Line> used = new java.util.LinkedHashSet<>();
        if (watermark != null) {
            used.add(nonBlank.get(0));
        }
        String footer = null;
        if (nonBlank.size() > 1 && isPageNumber(last)) {
            footer = last.trimmed();
            used.add(last);
        }
        return used.isEmpty() ? NONE : new Furniture(watermark, null, footer, used);
    }

    /**
     * The furniture of a page whose head and foot bands are known from where their lines stand:
     * the printed number is the one at either end of a band's line ({@code 044 国际问题研究 2025年第3期},
     * {@code 文章标题 121}), the rest of the head line the running head.
     */
    public static Furniture ofBands(List<Line> bands) {
        String number = null;
        List<String> heads = new ArrayList<>();
        for (Line line : bands) {
            String text = line.trimmed();
            java.util.regex.Matcher edge = NUMBER_AT_EDGE.matcher(text);
            if (number == null && edge.find()) {
                number = edge.group(1) != null ? edge.group(1) : edge.group(2);
                text = text.substring(0, edge.start()) + text.substring(edge.end());
                text = text.strip();
            }
            if (!text.isEmpty()) {
                heads.add(text);
            }
        }
        return bands.isEmpty() ? NONE
                : new Furniture(null, heads.isEmpty() ? null : String.join("\n", heads), number, Set.copyOf(bands));
    }

    private static Furniture headFurniture(List<Line> page, String watermark, List<Line> head, Line number) {
        Set<Line> used = new java.util.LinkedHashSet<>();
        // The block runs from the page's first line to the page number, blank lines included.
        for (Line line : page) {
            used.add(line);
            if (line == number) {
                break;
            }
        }
        List<String> heads = new ArrayList<>();
        head.forEach(line -> heads.add(line.trimmed()));
        return new Furniture(watermark, heads.isEmpty() ? null : String.join("\n", heads), number.trimmed(), used);
    }

    private static boolean isKnownWatermark(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return KNOWN_WATERMARKS.stream().anyMatch(lower::contains);
    }
}
