package org.emend.ocr.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins printed lines back into running text: Chinese lines meet without a space, a word
 * broken at a line end is mended ({@link Dehyphenator}), a URL broken at a line end is
 * carried on without a space (its hyphen kept when the URL's words are hyphenated), and
 * other lines meet with one space.
 */
public final class LineJoiner {

    private static final Pattern URL_END = Pattern.compile("[.,;:)\\]。，；°”’\"']$");
    /** A scheme whose slashes the engine bent ({@code https:Wwww.}, {@code https:/www.}). */
    private static final Pattern BENT_SCHEME = Pattern.compile("https?:\\S{0,2}www\\.");
    private static final Pattern URL_PIECE = Pattern.compile("[a-z0-9/._-][A-Za-z0-9._~%/#?=&+:-]*[.。°]?");

    private LineJoiner() {
    }

    public static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (text.isEmpty()) {
                text.append(line);
                continue;
            }
            String before = text.toString();
            String lastToken = urlPart(before.substring(before.lastIndexOf(' ') + 1));
            if (isUrl(lastToken) && breaksInsideUrl(lastToken, line)) {
                text.setLength(before.length() - lastToken.length());
                text.append(mendUrlBreak(lastToken, line));
            } else if (before.endsWith("-") && lastToken.length() > 1
                    && Character.isLetter(lastToken.charAt(lastToken.length() - 2))
                    && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                text.setLength(0);
                text.append(Dehyphenator.join(before, line));
            } else if (endsCjk(before) && startsCjk(line)) {
                text.append(line);
            } else {
                text.append(' ').append(line);
            }
        }
        return text.toString();
    }

    /** A token's URL, where Chinese text runs into it with no space ({@code 2018，https://…}); else the token. */
    private static String urlPart(String token) {
        String lower = token.toLowerCase();
        int at = lower.indexOf("http");
        if (at < 0) {
            at = lower.indexOf("www.");
        }
        return at > 0 ? token.substring(at) : token;
    }

    private static boolean isUrl(String token) {
        String lower = token.toLowerCase();
        return lower.startsWith("http:/") || lower.startsWith("https:/") || lower.startsWith("www.")
                || BENT_SCHEME.matcher(lower).lookingAt() || lower.matches("[a-z0-9.-]+\\.(com|org|gov|net|edu|int)/.*");
    }

    private static boolean breaksInsideUrl(String token, String next) {
        if (token.endsWith("/") || token.endsWith("-") || token.endsWith("://") || token.endsWith("www.")) {
            return true;
        }
        // "https://www.politico." + "com/newsletters/…": the host name broke at a dot.
        String firstNext = next.split("\\s", 2)[0];
        if (token.endsWith(".") && !token.replaceFirst("(?i)^https?://", "").contains("/") && firstNext.contains("/")
                && Character.isLowerCase(firstNext.charAt(0))) {
            return true;
        }
        // A URL set to the full measure breaks wherever the line ends ("…security-tr" + "ansition-…"): a line's
        // last URL that ends in no punctuation goes on with a next line opening in URL characters
        return !URL_END.matcher(token).find() && URL_PIECE.matcher(misreadL(firstNext)).matches();
    }

    /** The URL piece and the next line joined: typesetters do not hyphenate URLs, so a hyphen there is the URL's. */
    private static String mendUrlBreak(String token, String next) {
        return token + misreadL(next);
    }

    /** An l opening a line is often read as ] or |: inside a URL it can only be the letter. */
    private static String misreadL(String piece) {
        return piece.length() > 1 && (piece.charAt(0) == ']' || piece.charAt(0) == '|') && piece.charAt(1) != ' '
                ? "l" + piece.substring(1)
                : piece;
    }

    private static boolean endsCjk(String text) {
        int c = text.codePointBefore(text.length());
        return Scripts.isHan(c) || Scripts.isCjkPunctuation(c);
    }

    private static boolean startsCjk(String text) {
        int c = text.codePointAt(0);
        return Scripts.isHan(c) || Scripts.isCjkPunctuation(c);
    }
}
