package org.emend.ocr.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.text.Line;
import org.emend.ocr.text.Scripts;
import org.emend.ocr.text.TextProfile;

/**
 * What one line looks like to the layout analysis, and how likely it is to belong to a page's
 * footnotes: {@link #noteScore()} is a log-odds-like score, positive for citations, URLs and
 * markers, negative for body text (Chinese or the Latin soup OCR makes of it).
 */
public final class LineFeatures {

    private static final Pattern URL = Pattern
            .compile("(?i)https?://|www\\.[a-z0-9-]+\\.|\\b[a-z0-9-]+\\.(?:com|org|gov|net|edu|int)/");
    /** A line that is only the continuation of a URL: {@code reports/the-role-of-…}, {@code BILLS-117s3962is.} */
    private static final Pattern URL_FRAGMENT = Pattern.compile("^-?[A-Za-z0-9][A-Za-z0-9._~%/#?=&+:-]*[/.#]?$");
    private static final Pattern GARBLED_STOP = Pattern.compile("\\s?[°»。]$");
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{1,2},)?\\s+\\d{4}\\b");
    private static final Pattern CITATION_NUMBERS = Pattern.compile("\\b(?:pp?\\.\\s?\\d|Vol\\.\\s?\\d|No\\.\\s?\\d)");
    /** A quoted English title: “Words words,” (garbled Chinese quotes hold soup instead). */
    private static final Pattern QUOTED = Pattern
            .compile("[“\"]([^”\"]{3,})[”\"]|[“\"]([^”\"]{6,})$|^\\s*[“\"]\\s?[A-Z0-9][a-z]");
    private static final Pattern AUTHOR_START = Pattern.compile(
            "^\\s?(?:[A-Z][a-z]+\\.?\\s+(?:[A-Z]\\.\\s?)*){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:,\\s|\\s+and\\s)");
    /**
     * Chinese citations, clean ({@code 《…》，《…》，2023年8月1日，第46—47页}) or garbled, where
     * 《…》，《 comes out as {@code ), (} and 第46—47页。 as {@code 46—4771,}. Dates alone do
     * not count: the body is full of them.
     */
    private static final Pattern CJK_CITATION = Pattern.compile(
            "《[^》]+》[，,]|第\\s?\\d+(?:\\s?[—–-]\\s?\\d+)?\\s?页|[)）》]\\s?[,，]\\s?[(（《C]|\\d{1,3}\\s?[—–-]\\s?\\d{2,4}[1T]\\s?,\\s*$");

    /**
     * A Chinese citation's authors and colon opening the line, garbled or not ({@code 张明：},
     * {@code OBWES: }): body text does not open so, nor do English labels ({@code Keywords:}). Soup
     * that reads the authors as lower-case letters or several words ({@code Orme:}, {@code Ott FER 7T:})
     * still opens so after a marker read as {@code O} or {@code @}, when the title's closing 》， follows
     * as {@code ) .}.
     */
    public static final Pattern NAME_AND_COLON = Pattern
            .compile("^\\s?(?!\\S*[a-z]{3})\\S{1,10}(?:\\s(?!\\S*[a-z]{3})\\S{1,6})?\\s?[:：]\\s"
                    + "|^\\s?[O0Q@©®]\\S{0,9}(?:\\s\\S{1,9}){0,2}\\s?[:：]\\s.{1,30}?\\)(?:\\s[.,»]|»)(?:\\s|$)");
    /** Pages cited, {@code 第54—85页} read as {@code F54—85 71}: digits either side of a long dash. */
    private static final Pattern PAGE_RANGE = Pattern.compile("\\d{1,4}\\s?[—–]\\s?\\d{1,4}");

    private final Line line;
    private final TextProfile profile;
    private final String marker;
    private final boolean onlyMarkers;
    private final double noteScore;

    public LineFeatures(Line line, String language) {
        this.line = line;
        String text = line.text();
        this.profile = TextProfile.of(text);
        this.marker = Markers.atStart(text);
        this.onlyMarkers = Markers.onlyMarkers(text);
        this.noteScore = line.isBlank() ? 0 : scoreNote(text, language);
    }

    private double scoreNote(String text, String language) {
        if (onlyMarkers) {
            return 4;
        }
        double score = 0;
        boolean citation = false;
        if (marker != null) {
            score += 2.5;
        }
        if (URL.matcher(text).find()) {
            score += 2.5;
            citation = true;
        } else if (isUrlFragment(text)) {
            score += 2.5;
            citation = true;
        } else if (isUrlLikeToken(text)) {
            score += 1.5;
            citation = true;
        }
        if (hasQuotedTitle(text)) {
            score += 1.5;
            citation = true;
        }
        if (ENGLISH_DATE.matcher(text).find()) {
            score += 1.5;
            citation = true;
        }
        if (CITATION_NUMBERS.matcher(text).find()) {
            score += 1;
            citation = true;
        }
        if (AUTHOR_START.matcher(text).find()) {
            score += 1;
            citation = true;
        }
        if (CJK_CITATION.matcher(text).find()) {
            score += 1.5;
            citation = true;
        }
        if (NAME_AND_COLON.matcher(text).find()) {
            score += 2;
            citation = true;
        }
        if (PAGE_RANGE.matcher(text).find()) {
            score += 1.5;
            citation = true;
        }
        if (!citation && marker == null && profile.weight() > 0) {
            // Body text, Chinese or OCR soup, counts against; so does English prose in an
            // English article. English prose in a Chinese article says nothing either way
            // (footnotes without a date or URL, but also English names in the body).
            boolean neutralEnglish = Scripts.isCjkLanguage(language) && englishProse();
            if (!neutralEnglish) {
                score -= 1.5;
            }
        }
        return score;
    }

    private static boolean hasQuotedTitle(String text) {
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String inner = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            if (inner == null) {
                return true;
            }
            TextProfile inside = TextProfile.of(inner);
            if (inside.latinWords() >= 2 && inside.plausibility() >= 0.6) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUrlFragment(String text) {
        // A note's closing 。 read as ° or » after the address
        String trimmed = GARBLED_STOP.matcher(text.strip()).replaceFirst("");
        // OCR sometimes puts a space inside a URL ("battery- component"): judge it without.
        if (trimmed.chars().filter(c -> c == ' ').count() <= 2 && (trimmed.endsWith("/") || trimmed.endsWith("."))) {
            trimmed = trimmed.replace(" ", "");
        }
        return trimmed.length() >= 4 && URL_FRAGMENT.matcher(trimmed).matches()
                && (trimmed.contains("/") || trimmed.chars().filter(c -> c == '-').count() >= 2)
                && !trimmed.contains(" ");
    }

    /** One long token of URL characters ({@code BILLS-117s3962is.}): the tail of a URL, as a rule. */
    private static boolean isUrlLikeToken(String text) {
        String trimmed = text.strip();
        return trimmed.length() >= 8 && !trimmed.contains(" ") && URL_FRAGMENT.matcher(trimmed).matches()
                && trimmed.chars().anyMatch(Character::isDigit) && trimmed.chars().anyMatch(Character::isLetter);
    }

    /** The line ends in the middle of a URL: the next line carries on with it. */
    public boolean endsInsideUrl() {
        String trimmed = line.text().strip();
        if (trimmed.endsWith("https://") || trimmed.endsWith("http://") || trimmed.endsWith("www.")) {
            return true;
        }
        int lastSpace = trimmed.lastIndexOf(' ');
        String last = trimmed.substring(lastSpace + 1);
        if (!URL.matcher(last).find() && !isUrlFragment(last)) {
            return false;
        }
        if (last.endsWith("/") || last.endsWith("-")) {
            return true;
        }
        // "https://www.politico." broke inside the host name; a full stop after a path ends a sentence.
        String afterScheme = last.replaceFirst("(?i)^https?://", "");
        boolean host = last.matches("(?i)^(?:https?://|www\\.).*");
        return host && last.endsWith(".") && !afterScheme.contains("/");
    }

    public Line line() {
        return line;
    }

    public String text() {
        return line.text();
    }

    public boolean isBlank() {
        return line.isBlank();
    }

    public boolean leadingSingleSpace() {
        String text = line.text();
        return text.length() > 1 && text.charAt(0) == ' ' && !Character.isWhitespace(text.charAt(1));
    }

    public TextProfile profile() {
        return profile;
    }

    /** The footnote marker the line starts with, or {@code null}. */
    public String marker() {
        return marker;
    }

    public boolean onlyMarkers() {
        return onlyMarkers;
    }

    public double noteScore() {
        return noteScore;
    }

    /** English prose: most tokens are dictionary words, few Chinese characters. */
    public boolean englishProse() {
        return !line.isBlank() && profile.hanShare() < 0.3 && profile.latinWords() >= 3 && profile.plausibility() >= 0.75;
    }
}
