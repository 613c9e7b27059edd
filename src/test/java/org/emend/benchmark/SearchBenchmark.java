package org.emend.benchmark;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Search latency through the API on a generated corpus of a million blocks (20,000 articles).
 * Run with {@code ./mvnw verify -Pbenchmark}; figures go to {@code target/benchmarks/search.md}.
 * The corpus is loaded with triggers off and the GIN indexes built after the load (loading takes
 * minutes either way); the trigram indexes of the console's substring search take no part in
 * these queries and are built again only once the corpus is gone.
 */
@QuarkusTest
@Tag("benchmark")
class SearchBenchmark {

    private static final int ARTICLES = 20_000;
    private static final int QUERIES = 40;
    private static final int WARM_UPS = 1;

    @Inject
    TestDatabase database;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void searchLatencyOnAMillionBlocks() throws Exception {
        database.clear();
        SearchCorpus corpus = new SearchCorpus();
        List<String> trigramIndexes;
        long blocks;
        long loadStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("SET maintenance_work_mem = '1GB'");
            List<String> searchIndexes = indexes(statement, "%USING gin (search_%");
            trigramIndexes = indexes(statement, "%gin_trgm_ops%");
            for (String index : concat(searchIndexes, trigramIndexes)) {
                statement.execute("DROP INDEX " + index.split(" ")[2]);
            }
            blocks = corpus.load(connection, ARTICLES);
            for (String index : searchIndexes) {
                statement.execute(index);
            }
            statement.execute("RESET session_replication_role");
            statement.execute("ANALYZE journal, issue, article, section, footnote, article_abstract");
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        String issue = database.queryString("SELECT id FROM issue ORDER BY year DESC LIMIT 1");

        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        // Words by how many blocks hold them: the vocabulary is skewed, so rank says frequency
        List<String> twoCharacterWords = corpus.chinese.stream().filter(word -> word.length() == 2).toList();
        queries.put("two Chinese characters, a frequent word",
                i -> "q=" + twoCharacterWords.get(60 + i));
        queries.put("two Chinese characters, a rare word", i -> "q=" + twoCharacterWords.get(500 + i * 11));
        queries.put("a four-character Chinese phrase",
                i -> "q=" + twoCharacterWords.get(i % 30) + twoCharacterWords.get(3 + i % 17));
        queries.put("three English words, all required",
                i -> "q=" + corpus.englishWord(i) + " " + corpus.englishWord(i + 40) + " " + corpus.englishWord(i + 90));
        queries.put("three English words, any (ranked by terms matched)", i -> "q=" + corpus.englishWord(100 + i) + " "
                + corpus.englishWord(140 + i) + " " + corpus.englishWord(190 + i) + "&match=any");
        queries.put("a rare English word, in text and OCR originals",
                i -> "q=" + corpus.englishWord(1_000 + i * 20) + "&in=both");
        queries.put("a frequent word, footnotes of one issue only",
                i -> "q=" + twoCharacterWords.get(60 + i) + "&kind=footnote&issue=" + issue);
        queries.put("two Chinese characters, one of the ten most common words",
                i -> "q=" + twoCharacterWords.get(i % 10));

        Map<String, String> rows = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<Double> anonymous = new ArrayList<>();
        for (var query : queries.entrySet()) {
            List<Double> times = time(query.getValue(), false);
            all.addAll(times);
            rows.put(query.getKey(), figures(times));
        }
        anonymous.addAll(time(queries.get("two Chinese characters, a frequent word"), true));
        rows.put("anonymous caller (published articles only), a frequent word", figures(anonymous));
        all.addAll(anonymous);

        StringBuilder report = new StringBuilder(String.format(
                "Corpus: %,d blocks (%,d articles, %,d sections, %,d footnotes, %,d abstracts), loaded and indexed in %.0f s."
                        + " A frequent word is in %s of the blocks; the most common one in %s.%n%n",
                blocks, ARTICLES, ARTICLES * SearchCorpus.SECTIONS, ARTICLES * SearchCorpus.FOOTNOTES,
                ARTICLES * SearchCorpus.ABSTRACTS, loadSeconds, share(twoCharacterWords.get(60)),
                share(twoCharacterWords.get(0))));
        report.append("| Search (first page of 20 hits, ").append(QUERIES)
                .append(" different queries each) | p50 | p95 |\n|---|---|---|\n");
        rows.forEach((name, figures) -> report.append("| ").append(name).append(" | ").append(figures).append(" |\n"));
        report.append("| **all of the above** | ").append(figures(all)).append(" |\n");
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "search.md"), report);

        database.clear();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String index : trigramIndexes) {
                statement.execute(index);
            }
        }
    }

    /** The time of each query, after warming up on others of the same kind (not on the same words). */
    private static List<Double> time(IntFunction<String> query, boolean anonymous) {
        List<Double> times = new ArrayList<>();
        for (int i = QUERIES; i < QUERIES * (1 + WARM_UPS); i++) {
            (anonymous ? Api.anonymous() : given()).get("/api/v1/search?" + query.apply(i)).then().statusCode(200);
        }
        for (int i = 0; i < QUERIES; i++) {
            String url = "/api/v1/search?" + query.apply(i);
            long start = System.nanoTime();
            (anonymous ? Api.anonymous() : given()).get(url).then().statusCode(200);
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    /** The share of all blocks that hold the word. */
    private String share(String word) {
        String count = database.queryString("SELECT (SELECT count(*) FROM section WHERE search_text @@ search_term('" + word
                + "')) + (SELECT count(*) FROM footnote WHERE search_text @@ search_term('" + word
                + "')) + (SELECT count(*) FROM article_abstract WHERE search_text @@ search_term('" + word + "'))");
        return String.format("%.1f%%", 100.0 * Long.parseLong(count) / (ARTICLES * 50L));
    }

    private static String figures(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return String.format("%.1f ms | %.1f ms", sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)));
    }

    private static List<String> indexes(Statement statement, String like) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'"
                + " AND indexdef LIKE '" + like + "'")) {
            while (result.next()) {
                definitions.add(result.getString(1));
            }
        }
        return definitions;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
