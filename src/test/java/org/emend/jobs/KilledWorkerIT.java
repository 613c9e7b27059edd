package org.emend.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.emend.testing.ArticlePages;
import org.emend.testing.ChineseScans;
import org.emend.testing.ServerProcesses;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged Emend killed (SIGKILL, Tesseract with it) while it reads a scanned PDF's pages:
 * started again, it finishes the job, the page in flight read again once its lease ran out, with
 * every page drafted once: no block missing, none twice.
 */
class KilledWorkerIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String TOKEN = "killed-worker-test-admin-token-0123456789";
    private static final int PAGES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldFinishAnOcrJobAfterTheServerIsKilled() throws Exception {
        ChineseScans.assumeOcrTools();
        String database = "emend_killed_" + ProcessHandle.current().pid();
        ServerProcesses.resetOrSkip(database);
        int[] ports = ServerProcesses.freePorts();
        int port = ports[0];
        int managementPort = ports[1];
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        Process emend = start(database, port, managementPort, output);
        String job;
        try {
            HttpResponse<String> imported = http.send(HttpRequest
                    .newBuilder(URI.create(base + "/api/v1/imports?journal=Killed&year=2024&issue=1&language=zh"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(scannedPdf())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            JsonNode jobs = JSON.readTree(imported.body()).get("jobIds");
            job = jobs.get(jobs.size() - 1).asText();
            // Killed once a page is read and the next is in the engine's hands
            awaitJob(http, base, job, node -> node.get("done").asInt() >= 1, emend, output);
        } finally {
            emend.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            emend.destroyForcibly();
            emend.waitFor(30, TimeUnit.SECONDS);
        }

        Process again = start(database, port, managementPort, output);
        try {
            JsonNode done = awaitJob(http, base, job, node -> !node.get("status").asText().matches("queued|running"), again,
                    output);
            assertThat(done.get("status").asText()).as(String.join("\n", output)).isEqualTo("done");
            assertThat(done.get("done").asInt()).isEqualTo(PAGES);
            assertThat(done.get("failed").asInt()).isZero();
        } finally {
            again.destroy();
            again.waitFor(40, TimeUnit.SECONDS);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
                "");
                Statement statement = connection.createStatement();
                ResultSet pages = statement.executeQuery("""
                        SELECT p.sequence,
                               (SELECT count(*) FROM section s WHERE s.page_id = p.id),
                               (SELECT count(*) FROM footnote f WHERE f.page_id = p.id),
                               (SELECT count(*) FROM ocr_run r WHERE r.page_id = p.id)
                        FROM page p ORDER BY p.sequence""")) {
            int count = 0;
            while (pages.next()) {
                count++;
                assertThat(pages.getInt(2)).as("sections on page " + pages.getInt(1)).isEqualTo(2);
                assertThat(pages.getInt(3)).as("footnotes on page " + pages.getInt(1)).isEqualTo(2);
                assertThat(pages.getInt(4)).as("OCR runs of page " + pages.getInt(1)).isEqualTo(1);
            }
            assertThat(count).isEqualTo(PAGES);
        }
        ServerProcesses.drop(database);
    }

    /** The packaged application, one worker whose tasks are taken again 5 s after it dies. */
    private static Process start(String database, int port, int managementPort, List<String> output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort, "-Demend.jobs.workers=1",
                "-Demend.jobs.lease=PT5S", "-Demend.jobs.poll=PT0.5S", "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("EMEND_ADMIN_TOKEN", TOKEN);
        Process process = builder.start();
        ServerProcesses.read(process, output);
        HttpResponse<String> ready = ServerProcesses.awaitReady(HttpClient.newHttpClient(),
                "http://127.0.0.1:" + managementPort, process);
        assertThat(ready).as(String.join("\n", output)).isNotNull();
        assertThat(ready.statusCode()).as(String.join("\n", output)).isEqualTo(200);
        return process;
    }

    private static JsonNode awaitJob(HttpClient http, String base, String job, java.util.function.Predicate<JsonNode> until,
            Process process, List<String> output) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as(String.join("\n", output)).isTrue();
            JsonNode node = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs/" + job))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (until.test(node)) {
                return node;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " not there in 3 minutes:\n" + String.join("\n", output));
    }

    /** Scanned Chinese pages whose text layer is Latin soup. */
    private static byte[] scannedPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < PAGES; p++) {
                ArticlePages.addScanned(document, ArticlePages.SAMPLE, ArticlePages.SOUP);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
