package org.emend.benchmark;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Exporting a generated 10,000-article corpus (500,000 blocks) as one bag through the API:
 * throughput and the JVM's peak heap while it streams. Run with {@code ./mvnw verify -Pbenchmark};
 * figures go to {@code target/benchmarks/export.md}.
 */
@QuarkusTest
@Tag("benchmark")
class ExportBenchmark {

    private static final int ARTICLES = 10_000;

    @Inject
    TestDatabase database;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private record Measure(long bytes, double seconds, long peakHeap) {
    }

    /** Streams one export to nowhere, timing it and watching the heap's peak. */
    private Measure export(String path) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream body = response.body()) {
            bytes = body.transferTo(OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return new Measure(bytes, (System.nanoTime() - start) / 1e9,
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
    }

    @Test
    void exportOfTenThousandArticles() throws Exception {
        database.clear();
        List<String> textIndexes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // The corpus loads without triggers and text indexes: neither is what is measured
            statement.execute("SET session_replication_role = replica");
            try (ResultSet indexes = statement.executeQuery(
                    "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%USING gin%'")) {
                while (indexes.next()) {
                    textIndexes.add(indexes.getString(1));
                }
            }
            for (String index : textIndexes) {
                statement.execute("DROP INDEX " + index.split(" ")[2]);
            }
            new SearchCorpus().load(connection, ARTICLES);
            statement.execute("RESET session_replication_role");
            statement.execute("ANALYZE");
        }

        String issue = database.queryString("SELECT id FROM issue ORDER BY id LIMIT 1");
        long issueArticles = Long
                .parseLong(database.queryString("SELECT count(*) FROM article WHERE issue_id = '" + issue + "'"));
        Measure oneIssue = export("/api/v1/exports/issues/" + issue);
        Measure everything = export("/api/v1/exports/all");

        String report = String.format("""
                | Export through the API, one zip bag | one issue (%,d articles) | everything (%,d articles, %,d blocks) |
                |---|---|---|
                | size | %,.1f MB | %,.0f MB |
                | time | %.1f s | %.0f s |
                | throughput | %.1f MB/s | %.1f MB/s (%,.0f articles/s) |
                | peak heap of the JVM while exporting (server and client; max %,.0f MB) | %,.0f MB | %,.0f MB |
                """, issueArticles, ARTICLES, ARTICLES * 50L, oneIssue.bytes / 1e6,
                everything.bytes / 1e6, oneIssue.seconds, everything.seconds, oneIssue.bytes / 1e6 / oneIssue.seconds,
                everything.bytes / 1e6 / everything.seconds, ARTICLES / everything.seconds,
                Runtime.getRuntime().maxMemory() / 1e6, oneIssue.peakHeap / 1e6, everything.peakHeap / 1e6);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "export.md"), report);

        database.clear();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String index : textIndexes) {
                statement.execute(index);
            }
        }
    }
}
