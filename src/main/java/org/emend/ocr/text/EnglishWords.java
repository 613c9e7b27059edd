package org.emend.ocr.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * The English word list: LanguageTool's en_US Hunspell dictionary (about 200,000 forms) read
 * with Morfologik, plus a letter-bigram model learnt from it, which tells a plausible unknown
 * word ({@code Trafigura}) from OCR soup ({@code HRFRRFHREBG}). Loaded once; thread-safe.
 */
public final class EnglishWords {

    private static final String DICTIONARY = "/org/languagetool/resource/en/hunspell/en_US.dict";
    private static final int ALPHABET = 27; // a-z and the word boundary
    private static final EnglishWords INSTANCE = new EnglishWords();

    private final Dictionary dictionary;
    private final ThreadLocal<Speller> spellers;
    private final double[][] bigramLogProbability = new double[ALPHABET][ALPHABET];

    private EnglishWords() {
        URL resource = EnglishWords.class.getResource(DICTIONARY);
        if (resource == null) {
            throw new IllegalStateException("The English dictionary " + DICTIONARY + " is not on the class path");
        }
        try {
            dictionary = Dictionary.read(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the English dictionary", e);
        }
        // A Speller keeps per-lookup state: one per thread.
        spellers = ThreadLocal.withInitial(() -> new Speller(dictionary));
        learnBigrams();
    }

    public static EnglishWords get() {
        return INSTANCE;
    }

    /**
     * Whether {@code word} is an English word as written, or in lower case when it is
     * capitalised ({@code The}, {@code Strategy}). All-capital words must be listed as such
     * ({@code NATO}, {@code USGS}).
     */
    public boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        Speller speller = spellers.get();
        if (speller.isInDictionary(word)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().noneMatch(Character::isUpperCase);
        return capitalised && speller.isInDictionary(word.toLowerCase(Locale.ROOT));
    }

    /**
     * How well a lower-case run of letters reads as English: the dictionary's frequency class of
     * the word (0 to about 25), or, for two words run together as addresses write them
     * ({@code presscorner}), that of the rarer of the best pair of words of three letters or
     * more; -1 when it reads as neither.
     */
    public int readability(String letters) {
        Speller speller = spellers.get();
        if (speller.isInDictionary(letters)) {
            return speller.getFrequency(letters);
        }
        int best = -1;
        for (int cut = 3; cut <= letters.length() - 3; cut++) {
            String first = letters.substring(0, cut);
            String second = letters.substring(cut);
            if (speller.isInDictionary(first) && speller.isInDictionary(second)) {
                best = Math.max(best, Math.min(speller.getFrequency(first), speller.getFrequency(second)));
            }
        }
        return best;
    }

    /**
     * How English the letters of {@code word} look, from 0 (nothing like English) to 1: the
     * mean letter-bigram log probability mapped onto a scale where ordinary English words
     * score about 0.6 to 0.9.
     */
    public double letterPlausibility(String word) {
        String letters = word.toLowerCase(Locale.ROOT);
        double sum = 0;
        int count = 0;
        int previous = ALPHABET - 1;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c < 'a' || c > 'z') {
                continue;
            }
            sum += bigramLogProbability[previous][c - 'a'];
            previous = c - 'a';
            count++;
        }
        if (count == 0) {
            return 0;
        }
        sum += bigramLogProbability[previous][ALPHABET - 1];
        double meanLog = sum / (count + 1);
        // ln(1/27) ≈ -3.3 is a uniform guess; English words average about -2.4.
        return Math.max(0, Math.min(1, (meanLog + 4.0) / 2.4));
    }

    private void learnBigrams() {
        long[][] counts = new long[ALPHABET][ALPHABET];
        for (ByteBuffer entry : dictionary.fsa) {
            String line = new String(entry.array(), entry.position(), entry.remaining(), StandardCharsets.UTF_8);
            int separator = line.indexOf('+');
            String word = (separator < 0 ? line : line.substring(0, separator)).toLowerCase(Locale.ROOT);
            int previous = ALPHABET - 1;
            boolean letters = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < 'a' || c > 'z') {
                    continue;
                }
                counts[previous][c - 'a']++;
                previous = c - 'a';
                letters = true;
            }
            if (letters) {
                counts[previous][ALPHABET - 1]++;
            }
        }
        for (int from = 0; from < ALPHABET; from++) {
            long total = 0;
            for (int to = 0; to < ALPHABET; to++) {
                total += counts[from][to] + 1;
            }
            for (int to = 0; to < ALPHABET; to++) {
                bigramLogProbability[from][to] = Math.log((counts[from][to] + 1.0) / total);
            }
        }
    }
}
