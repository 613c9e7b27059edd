package org.emend.ocr.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a piece of text is made of, token by token: Chinese characters, English words,
 * plausible names, or OCR soup. Each token gets a plausibility from 0 (garbage) to 1 (clean),
 * weighted by its length (up to four letters, so long words do not drown the short tokens OCR soup is made of); URLs, DOIs,
 * e-mail addresses and numbers are exempt, since a word
 * list cannot judge them.
 *
 * <p>
 * Token rules, in order: a token with a symbol OCR leaves in place of Chinese characters
 * ({@code £ ¥ © ® @ # { } | \ < > ~ = + §}) scores 0; letters mixed with digits ({@code 4Bk},
 * {@code 2023F8H}) score 0.05; mixed case inside a word ({@code fRiidEE}) 0.05; a dictionary
 * word 1 (an all-capital one, an acronym such as {@code NATO}, 0.8); an unknown lower-case or
 * capitalised word by how English its letters look, 0.15 to 0.8; an unknown all-capital word
 * 0.1 to 0.3; a single letter 0.15, or 0.6 for "a" and "I", or 0.8 as an initial ("L.").
 * Each Chinese character counts as a clean token of weight 1.
 */
public final class TextProfile {

    private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.).*|.*\\.(com|org|gov|net|edu|int|mil)(/.*)?$"
            + "|^[a-z0-9]+(?:[-_.][a-z0-9]+)*/.*|.*/[a-z0-9]+(?:[-_][a-z0-9]+){2,}.*");
    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,}/\\S+$");
    private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");
    private static final Pattern NUMBER = Pattern.compile("^[\\d.,:%/\\-–—]*\\d[\\d.,:%/\\-–—]*$");
    private static final Pattern CITATION_NUMBER = Pattern
            .compile("^(?:pp?|Vol|No|Nos|vol|no)\\.\\s?[\\d\\-–]+$|^\\d+(?:st|nd|rd|th|s)$");
    private static final Pattern GARBAGE_SYMBOL = Pattern.compile("[£¥©®@#{}|\\\\<>~=+§¢¤¦¨ª«»¬¯°±²³µ¶·¸¹º¼½¾×÷]");
    private static final String EDGE_PUNCTUATION = "()[]{}<>\"'“”‘’,.;:!?*…·、，。；：！？（）《》〈〉「」『』【】";
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int MAX_TOKEN_WEIGHT = 4;
    private static final int MAX_REMEMBERED = 200_000;
    private static final Map<String, Double> PLAUSIBILITY = new ConcurrentHashMap<>();

    private final int hanCharacters;
    private final int latinLetters;
    private final double weight;
    private final double plausibleWeight;
    private final int latinWords;
    private final int dictionaryWords;

    private TextProfile(int hanCharacters, int latinLetters, double weight, double plausibleWeight, int latinWords,
            int dictionaryWords) {
        this.hanCharacters = hanCharacters;
        this.latinLetters = latinLetters;
        this.weight = weight;
        this.plausibleWeight = plausibleWeight;
        this.latinWords = latinWords;
        this.dictionaryWords = dictionaryWords;
    }

    public static TextProfile of(String text) {
        EnglishWords words = EnglishWords.get();
        int han = 0;
        int latin = 0;
        double weight = 0;
        double plausible = 0;
        int latinWords = 0;
        int dictionaryWords = 0;
        for (String raw : WHITE_SPACE.split(text)) {
            String token = strip(raw);
            if (token.isEmpty()) {
                continue;
            }
            int tokenHan = 0;
            int tokenLatin = 0;
            boolean otherThanHan = false;
            for (int i = 0; i < token.length();) {
                int c = token.codePointAt(i);
                if (Scripts.isHan(c)) {
                    tokenHan++;
                } else {
                    if (Scripts.isLatinLetter(c)) {
                        tokenLatin++;
                    }
                    otherThanHan |= !Scripts.isCjkPunctuation(c);
                }
                i += Character.charCount(c);
            }
            han += tokenHan;
            // A URL's letters are not letters standing where Chinese should: a Chinese citation cites English addresses
            latin += isExempt(strip(withoutHan(token))) ? 0 : tokenLatin;
            if (tokenHan > 0) {
                weight += tokenHan;
                plausible += tokenHan;
                if (!otherThanHan) {
                    continue;
                }
                token = strip(withoutHan(token));
                if (token.isEmpty() || isExempt(token)) {
                    continue;
                }
            }
            if (isExempt(token) || onlyPunctuation(token)) {
                continue;
            }
            boolean initial = INITIAL.matcher(raw).find();
            for (String part : token.indexOf('-') < 0 ? new String[] { token } : INNER_HYPHEN.split(token)) {
                int letters = letters(part);
                double tokenWeight = Math.min(Math.max(1, letters), MAX_TOKEN_WEIGHT);
                double score = plausibility(part, initial, words);
                weight += tokenWeight;
                plausible += tokenWeight * score;
                if (letters >= 2) {
                    latinWords++;
                    if (score >= 0.8) {
                        dictionaryWords++;
                    }
                }
            }
        }
        return new TextProfile(han, latin, weight, plausible, latinWords, dictionaryWords);
    }

    private static String withoutHan(String token) {
        StringBuilder rest = new StringBuilder(token.length());
        token.codePoints().filter(c -> !Scripts.isHan(c) && !Scripts.isCjkPunctuation(c)).forEach(rest::appendCodePoint);
        return rest.toString();
    }

    private static boolean onlyPunctuation(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Scripts.isCjkPunctuation(c) && !isPunctuation(c)) {
                return false;
            }
        }
        return true;
    }

    /** Weighted mean plausibility of the judged tokens; 1 when nothing could be judged. */
    public double plausibility() {
        return weight == 0 ? 1 : plausibleWeight / weight;
    }

    /** Share of Chinese characters among the letters. */
    public double hanShare() {
        int letters = hanCharacters + latinLetters;
        return letters == 0 ? 0 : (double) hanCharacters / letters;
    }

    /** Share of the Latin words (two letters or more) that read as English. */
    public double englishShare() {
        return latinWords == 0 ? 0 : (double) dictionaryWords / latinWords;
    }

    public int latinWords() {
        return latinWords;
    }

    public int hanCharacters() {
        return hanCharacters;
    }

    /** How much text could be judged at all. */
    public double weight() {
        return weight;
    }

    /** Token scores repeat endlessly (soup is made of the same few tokens): remembered, up to a bound. */
    private static double plausibility(String token, boolean initial, EnglishWords words) {
        String key = initial ? token + '\u0000' : token;
        Double known = PLAUSIBILITY.get(key);
        if (known != null) {
            return known;
        }
        double score = judge(token, initial, words);
        if (PLAUSIBILITY.size() > MAX_REMEMBERED) {
            PLAUSIBILITY.clear();
        }
        PLAUSIBILITY.put(key, score);
        return score;
    }

    private static double judge(String token, boolean initial, EnglishWords words) {
        if (GARBAGE_SYMBOL.matcher(token).find()) {
            return 0;
        }
        boolean hasDigit = token.chars().anyMatch(Character::isDigit);
        boolean hasLetter = token.chars().anyMatch(Character::isLetter);
        if (hasDigit && hasLetter) {
            return 0.05;
        }
        if (!hasLetter) {
            return 0.3;
        }
        String letters = withoutApostrophesAndDots(token);
        if (letters.length() == 1) {
            if (initial) {
                return 0.8;
            }
            return letters.equals("a") || letters.equals("A") || letters.equals("I") ? 0.6 : 0.15;
        }
        boolean allUpper = letters.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
        boolean allLower = letters.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
        boolean capitalised = Character.isUpperCase(letters.charAt(0))
                && letters.substring(1).chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
        if (allUpper) {
            return words.contains(letters) ? 0.8 : 0.1 + 0.2 * words.letterPlausibility(letters);
        }
        if (allLower || capitalised) {
            String word = token.endsWith("’s") || token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
            word = withoutApostrophesAndDots(word);
            if (words.contains(word)) {
                return 1;
            }
            return 0.15 + 0.65 * words.letterPlausibility(word);
        }
        return 0.05;
    }

    private static String withoutApostrophesAndDots(String token) {
        StringBuilder kept = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '’' && c != '\'' && c != '.') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isExempt(String token) {
        boolean digit = false;
        boolean mark = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            digit |= Character.isDigit(c);
            mark |= c == '/' || c == '.' || c == '@';
        }
        if (!digit && !mark) {
            // Only URLs, DOIs, addresses and numbers are exempt, and each has a digit, a dot, a slash or an @.
            return false;
        }
        return URL.matcher(token).matches() || DOI.matcher(token).matches() || EMAIL.matcher(token).matches()
                || NUMBER.matcher(token).matches() || CITATION_NUMBER.matcher(token).matches();
    }

    private static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && EDGE_PUNCTUATION.indexOf(raw.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_PUNCTUATION.indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static int letters(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION;
    }
}
