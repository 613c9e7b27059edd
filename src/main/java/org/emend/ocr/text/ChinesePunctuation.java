package org.emend.ocr.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts Chinese punctuation back where an engine read it as Latin: a comma, colon, semicolon,
 * question or exclamation mark, or a bracket beside a Chinese character is the full-width one the
 * page prints ({@code 张明:《} → {@code 张明：《}, {@code (一)} → {@code （一）}). Latin text keeps its own.
 */
public final class ChinesePunctuation {

    private static final Map<String, String> FULL_WIDTH = Map.of(",", "，", ":", "：", ";", "；", "?", "？", "!", "！",
            "(", "（", ")", "）");
    private static final String HAN = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]";
    /** A mark after a Chinese character, or before one; a bracket opening or closing a Chinese numeral or word. */
    private static final Pattern MARK = Pattern.compile("(?<=" + HAN + ")\\s?[,:;?!)]\\s?|[,:;?!(]\\s?(?=" + HAN + ")|\\((?="
            + HAN + "{1,12}\\s?\\))|(?<=\\(" + HAN + "{1,12})\\)");

    private ChinesePunctuation() {
    }

    public static String normalize(String text) {
        Matcher matcher = MARK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(FULL_WIDTH.get(matcher.group().strip())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
