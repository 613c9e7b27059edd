package org.emend.benchmark;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.Sessions;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * How fast the console's pages render, server side, as a signed-in editor sees them: every
 * page of the sample's article, and the page editor of the largest page of a 1,000-page issue.
 * Run with {@code ./mvnw verify -Pbenchmark}; figures go to {@code target/benchmarks/console.md}.
 */
@QuarkusTest
@Tag("benchmark")
class ConsoleBenchmark {

    private static final String SAMPLE = "/ocr/intl-studies-2024-06-critical-minerals.txt";
    private static final int WARM_UPS = 20;
    private static final int RUNS = 50;

    @Inject
    TestDatabase database;

    @Test
    void renderTimes() throws IOException {
        database.clear();
        Sessions.Session session = Sessions.signIn(Sessions.ADMIN, Sessions.ADMIN_PASSWORD);
        byte[] sample;
        try (InputStream in = ConsoleBenchmark.class.getResourceAsStream(SAMPLE)) {
            sample = in.readAllBytes();
        }
        JsonPath imported = given().contentType("text/plain; charset=UTF-8").body(sample)
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201).extract().jsonPath();
        String issue = imported.getString("issueId");
        String article = imported.getString("articleIds[0]");
        List<String> pages = given().get("/api/v1/articles/" + article + "/pages?limit=500").then().extract()
                .path("items.id");
        String section = given().get("/api/v1/articles/" + article + "/sections?limit=1").then().extract()
                .path("items[0].id");
        given().contentType("application/merge-patch+json").body(Map.of("text", "一次修改"))
                .patch("/api/v1/sections/" + section).then().statusCode(200);

        // Warm the JIT on every page first, so that no page pays for the ones measured after it
        for (int i = 0; i < WARM_UPS; i++) {
            time(session, List.of("/console", "/console/issues/" + issue, "/console/articles/" + article,
                    "/console/pages/" + pages.get(0), "/console/history/section/" + section, "/console/search?q=critical"));
        }
        Map<String, String> sampleRows = new LinkedHashMap<>();
        sampleRows.put("dashboard", time(session, List.of("/console")));
        sampleRows.put("issue", time(session, List.of("/console/issues/" + issue)));
        sampleRows.put("article", time(session, List.of("/console/articles/" + article)));
        sampleRows.put("page editor (each of the " + pages.size() + " pages)",
                time(session, pages.stream().map(id -> "/console/pages/" + id).toList()));
        sampleRows.put("block history", time(session, List.of("/console/history/section/" + section)));
        sampleRows.put("recent changes", time(session, List.of("/console/articles/" + article + "/changes")));
        sampleRows.put("search (two Chinese characters)", time(session, List.of("/console/search?q=%E4%B8%80%E6%AC%A1")));
        sampleRows.put("find and replace preview (issue)",
                time(session, List.of("/console/replace?scope=issue:" + issue + "&find=critical&replacement=key")));

        database.clear();
        byte[] dump = SyntheticDump.ofPages(1_000);
        String bigArticle = given().contentType("text/plain; charset=UTF-8").body(dump)
                .post("/api/v1/imports?journal=Benchmark&year=2024&language=zh").then().statusCode(201)
                .extract().path("articleIds[0]");
        String largest = database.queryString("""
                SELECT p.id FROM page p LEFT JOIN section s ON s.page_id = p.id LEFT JOIN footnote f ON f.page_id = p.id
                GROUP BY p.id ORDER BY octet_length(max(p.ocr_original)) + count(s.id) + count(f.id) DESC LIMIT 1""");
        long blocks = Long.parseLong(database.queryString("SELECT (SELECT count(*) FROM section WHERE page_id = '" + largest
                + "') + (SELECT count(*) FROM footnote WHERE page_id = '" + largest + "')"));
        Map<String, String> bigRows = new LinkedHashMap<>();
        bigRows.put("dashboard", time(session, List.of("/console")));
        bigRows.put("article (1,000 pages)", time(session, List.of("/console/articles/" + bigArticle)));
        bigRows.put("page editor, largest page (" + blocks + " blocks)", time(session, List.of("/console/pages/" + largest)));

        StringBuilder report = new StringBuilder(
                "| Console page, the sample's article | median | 95th percentile |\n|---|---|---|\n");
        sampleRows.forEach((page, figures) -> report.append("| ").append(page).append(" | ").append(figures).append(" |\n"));
        report.append("\n| Console page, a 1,000-page issue | median | 95th percentile |\n|---|---|---|\n");
        bigRows.forEach((page, figures) -> report.append("| ").append(page).append(" | ").append(figures).append(" |\n"));
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "console.md"), report);
        database.clear();
    }

    /** Median and 95th percentile of rendering each of {@code paths}, in ms, as "a ms | b ms". */
    private static String time(Sessions.Session session, List<String> paths) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            for (String path : paths) {
                long start = System.nanoTime();
                Sessions.with(session).redirects().follow(false).get(path).then()
                        .statusCode(200);
                if (i >= WARM_UPS) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        Collections.sort(times);
        return String.format("%.1f ms | %.1f ms", times.get(times.size() / 2), times.get((int) (times.size() * 0.95)));
    }
}
