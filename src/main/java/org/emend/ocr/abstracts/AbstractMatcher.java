package org.emend.ocr.abstracts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds which abstract on an abstracts page belongs to the imported article: the one whose
 * title matches the article's English title, else whose authors match its authors, else the
 * one whose words are closest (TF-IDF cosine) to the article's own English text (its
 * citations and the English terms in its body) when it stands clearly above the others.
 */
public final class AbstractMatcher {

    private static final double TITLE_MATCH = 0.6;
    private static final double CLEAR_MARGIN = 1.25;

    private AbstractMatcher() {
    }

    /** The index of the article's abstract in {@code abstracts}, or -1 when none can be told. */
    public static int match(List<AbstractDraft> abstracts, String englishTitle, List<String> authorNames, String articleText) {
        if (englishTitle != null && !englishTitle.isBlank()) {
            int best = -1;
            double bestScore = TITLE_MATCH;
            for (int i = 0; i < abstracts.size(); i++) {
                if (abstracts.get(i).title() != null) {
                    double score = jaccard(words(englishTitle), words(abstracts.get(i).title()));
                    if (score >= bestScore) {
                        bestScore = score;
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        if (authorNames != null && !authorNames.isEmpty()) {
            // Names as the article prints them, Chinese ones also as pinyin
            Set<String> wanted = new HashSet<>();
            authorNames.forEach(name -> {
                wanted.add(Romanisation.normalise(name));
                wanted.addAll(Romanisation.of(name));
            });
            int best = -1;
            long bestCount = 0;
            for (int i = 0; i < abstracts.size(); i++) {
                long count = abstracts.get(i).authors().stream().map(Romanisation::normalise).filter(wanted::contains).count();
                if (count > bestCount) {
                    bestCount = count;
                    best = i;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return bySimilarity(abstracts, articleText);
    }

    private static int bySimilarity(List<AbstractDraft> abstracts, String articleText) {
        List<AbstractDraft> titled = abstracts.stream().filter(a -> a.title() != null).toList();
        if (titled.size() < 1 || articleText == null || articleText.isBlank()) {
            return -1;
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> vectors = titled.stream()
                .map(a -> counts(a.title() + " " + a.text() + " " + String.join(" ", a.keywords())))
                .toList();
        vectors.forEach(vector -> vector.keySet().forEach(word -> documentFrequency.merge(word, 1, Integer::sum)));
        Map<String, Integer> article = counts(articleText);
        double best = 0;
        double second = 0;
        int bestIndex = -1;
        for (int i = 0; i < vectors.size(); i++) {
            double score = cosine(article, vectors.get(i), documentFrequency, vectors.size());
            if (score > best) {
                second = best;
                best = score;
                bestIndex = i;
            } else if (score > second) {
                second = score;
            }
        }
        if (bestIndex < 0 || best <= 0 || (titled.size() > 1 && best < CLEAR_MARGIN * second)) {
            return -1;
        }
        return abstracts.indexOf(titled.get(bestIndex));
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Integer> documentFrequency,
            int documents) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (var entry : a.entrySet()) {
            double weight = entry.getValue() * idf(entry.getKey(), documentFrequency, documents);
            normA += weight * weight;
            Integer inB = b.get(entry.getKey());
            if (inB != null) {
                dot += weight * inB * idf(entry.getKey(), documentFrequency, documents);
            }
        }
        for (var entry : b.entrySet()) {
            double weight = entry.getValue() * idf(entry.getKey(), documentFrequency, documents);
            normB += weight * weight;
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private static double idf(String word, Map<String, Integer> documentFrequency, int documents) {
        return Math.log(1.0 + (double) documents / Math.max(1, documentFrequency.getOrDefault(word, 0)));
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                counts.merge(stem(word), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A crude plural and -ing stem, enough for matching an abstract's words with citations'. */
    private static String stem(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(counts(text).keySet());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
