package org.emend.ocr.garble;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.ocr.text.Scripts;
import org.emend.ocr.text.TextProfile;

/**
 * How likely a text is OCR garbage: 0 clean, 1 garbage, from the text (OCR dumps carry no engine
 * confidences) and, for what an engine read here or elsewhere, from the engine's doubt too
 * ({@link #withConfidence}).
 *
 * <p>
 * The base is {@code 1 - plausibility}, the length-weighted mean plausibility of the tokens
 * (see {@link TextProfile}: Chinese characters and dictionary words are plausible, runs of
 * capitals, letters mixed with digits and stray symbols are not; URLs, DOIs, e-mail
 * addresses and numbers are exempt). It is language-aware: a block whose language is written
 * in Han characters (zh, ja, ko) should be mostly Han; where Latin letters stand in their
 * place, the mismatch {@code m = clamp((0.5 - hanShare) / 0.5)} raises the score to
 * {@code m · (1 - plausibility²)}, so Latin-letter soup in a Chinese body scores near 1 while
 * a real English phrase in it does not.
 *
 * <p>
 * Reading the score: below {@value #CLEAN} the text reads as clean; from {@value #GARBLED}
 * it is garbled and worth an editor's time first.
 */
public final class GarbleScorer {

    public static final double CLEAN = 0.3;
    public static final double GARBLED = 0.6;
    /** What Latin text without function words scores in a Chinese block. */
    private static final double SOUP = 0.95;
    /** English prose has at least this share of function words. */
    private static final double PROSE_RATE = 0.15;
    private static final int MIN_WORDS = 2;
    private static final int SOUP_WORDS = 4;
    private static final double SOUP_CAPITALS = 0.6;
    private static final double SOUP_FUNCTION_RATE = 0.05;
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    /** An address's words are no prose, nor soup: left out of the count of function words. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?:/*|www\\.)\\S+");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "in", "to", "a", "is", "for", "on", "with",
            "by", "as", "that", "from", "at", "this", "be", "are", "was", "it", "its", "or", "an", "has", "have", "not",
            "which",
            "their", "but", "into");

    private GarbleScorer() {
    }

    /** The garble score of {@code text} written in {@code language} (a BCP 47 tag). */
    public static double score(String text, String language) {
        return score(text, TextProfile.of(text), language);
    }

    /** The same, with the text's profile already made. */
    public static double score(String text, TextProfile profile, String language) {
        if (profile.weight() == 0) {
            return 0;
        }
        double plausibility = profile.plausibility();
        double garble = 1 - plausibility;
        if (Scripts.isCjkLanguage(language)) {
            double mismatch = Math.max(0, Math.min(1, (0.5 - profile.hanShare()) / 0.5));
            garble = Math.max(garble, mismatch * (1 - plausibility * plausibility));
            // The odd lower-case "a" or "as" an engine makes of a stroke is noise: soup stays soup below the noise rate
            double prose = (functionWordRate(text) - SOUP_FUNCTION_RATE) / (PROSE_RATE - SOUP_FUNCTION_RATE);
            garble = Math.max(garble, mismatch * SOUP * (1 - Math.max(0, Math.min(1, prose))));
        }
        return round(garble);
    }

    /**
     * Whether a line is the Latin soup an English-only engine makes of Chinese: words mostly in
     * capitals and no English function word among them (an English citation has its title-case
     * words and lower-case ones).
     */
    public static boolean isLatinSoup(String line) {
        Matcher words = LATIN_WORD.matcher(line);
        int all = 0;
        int capitals = 0;
        while (words.find()) {
            all++;
            String word = words.group();
            capitals += word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) ? 1 : 0;
        }
        return all >= SOUP_WORDS && capitals >= SOUP_CAPITALS * all && functionWordRate(line) < SOUP_FUNCTION_RATE;
    }

    /**
     * The share of a text's Latin words that are English function words written in lower case.
     * English prose, even in a Chinese article, is a third of them; the soup an English engine
     * makes of Chinese has next to none, however many of its capitals spell words ({@code RARE},
     * {@code AREA}).
     */
    static double functionWordRate(String text) {
        Matcher words = LATIN_WORD.matcher(ADDRESS.matcher(text).replaceAll(" "));
        int all = 0;
        int function = 0;
        while (words.find()) {
            all++;
            function += FUNCTION_WORDS.contains(words.group()) ? 1 : 0;
        }
        return all < MIN_WORDS ? 1 : (double) function / all;
    }

    /**
     * The score of a page's text whose lines may be in different languages (a Chinese body,
     * English footnotes): each line is judged as English when it reads as English, else in
     * the page's language, and the scores are weighted by the lines' length.
     */
    public static double scoreLines(Iterable<String> lines, String language) {
        double weighted = 0;
        double weight = 0;
        for (String line : lines) {
            TextProfile profile = TextProfile.of(line);
            if (profile.weight() == 0) {
                continue;
            }
            String lineLanguage = profile.hanShare() < 0.3 && profile.englishShare() >= 0.6 ? "en" : language;
            weighted += profile.weight() * score(line, profile, lineLanguage);
            weight += profile.weight();
        }
        return weight == 0 ? 0 : round(weighted / weight);
    }

    /**
     * A text's score raised to the engine's doubt about it: none at a mean word confidence of 90 or
     * more, rising to 1 at 30 ({@code (90 - c) / 60}), so that plausible-looking text the engine
     * was unsure of still comes to an editor's attention; unchanged without a confidence.
     */
    public static double withConfidence(double textScore, Double meanConfidence) {
        if (meanConfidence == null) {
            return textScore;
        }
        double doubt = Math.max(0, Math.min(1, (90 - meanConfidence) / 60));
        return round(Math.max(textScore, doubt));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
