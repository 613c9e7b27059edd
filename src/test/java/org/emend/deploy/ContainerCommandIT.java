package org.emend.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.emend.testing.ServerProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The image's start command, run as deploy/Dockerfile runs it — its ENTRYPOINT and JAVA_OPTS, in
 * a copy of the /deployments layout made of exactly what its COPY lines take from the build, as
 * user 185 when the tests run as root — starts Emend against the local PostgreSQL in the prod
 * profile: ready, metrics, JSON logs with request ids, and a clean stop on SIGTERM.
 */
class ContainerCommandIT {

    private static final Path DOCKERFILE = Path.of("deploy", "Dockerfile");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY --chown=\\S+ (\\S+) (\\S+)$");
    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT (\\[.*])$");
    private static final Pattern JAVA_OPTS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\"$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "container-test-admin-token-0123456789";

    @TempDir
    Path root;

    @Test
    void shouldStartEmendWithTheImagesCommand() throws Exception {
        String dockerfile = Files.readString(DOCKERFILE);
        Path deployments = root.resolve("deployments");
        Matcher copy = COPY.matcher(dockerfile);
        int copies = 0;
        while (copy.find()) {
            copies++;
            copy(copy.group(1), deployments.resolve(copy.group(2).replaceFirst("^/deployments/?", "")));
        }
        assertThat(copies).isEqualTo(4);
        assertThat(deployments.resolve("quarkus-run.jar")).exists();

        Matcher entrypoint = ENTRYPOINT.matcher(dockerfile);
        assertThat(entrypoint.find()).isTrue();
        List<String> command = new ArrayList<>();
        JSON.readTree(entrypoint.group(1))
                .forEach(part -> command.add(part.asText().replace("/deployments", deployments.toString())));
        Matcher javaOpts = JAVA_OPTS.matcher(dockerfile);
        assertThat(javaOpts.find()).isTrue();

        String database = "emend_container_" + ProcessHandle.current().pid();
        ServerProcesses.resetOrSkip(database);
        int[] ports = ServerProcesses.freePorts();
        int port = ports[0];
        int managementPort = ports[1];
        List<String> asUser = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            // As the image's user 185, which owns /deployments and may not write elsewhere
            new ProcessBuilder("chown", "-R", "185:0", root.toString()).inheritIO().start().waitFor();
            new ProcessBuilder("chmod", "755", root.toString()).inheritIO().start().waitFor();
            asUser.addAll(List.of("setpriv", "--reuid=185", "--regid=0", "--clear-groups"));
        }
        asUser.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(asUser).directory(deployments.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_OPTS",
                javaOpts.group(1) + " -Dquarkus.http.port=" + port + " -Dquarkus.management.port=" + managementPort);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("EMEND_ADMIN_PASSWORD", "container-test-password");
        environment.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "container-test-session-key-0123456789abcdef");
        environment.put("EMEND_ADMIN_TOKEN", TOKEN);
        environment.put("TMPDIR", root.toString());
        Process emend = builder.start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread reader = ServerProcesses.read(emend, output);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            String management = "http://127.0.0.1:" + managementPort;
            HttpResponse<String> ready = ServerProcesses.awaitReady(http, management, emend);
            assertThat(ready).as(String.join("\n", output)).isNotNull();
            assertThat(ready.statusCode()).as(String.join("\n", output)).isEqualTo(200);
            assertThat(ready.body()).contains("\"UP\"");

            HttpResponse<String> journals = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/journals"))
                    .header("X-Request-Id", "trace-42").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(journals.statusCode()).isEqualTo(200);
            assertThat(journals.headers().firstValue("X-Request-Id")).contains("trace-42");
            HttpResponse<String> imported = http.send(HttpRequest
                    .newBuilder(URI.create(base + "/api/v1/imports?journal=Container&year=2024&issue=1"))
                    .header("Authorization", "Bearer " + TOKEN).header("X-Request-Id", "trace-import")
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("One page of text\nwith two lines\n")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            String metrics = http.send(HttpRequest.newBuilder(URI.create(management + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            // Metrics and health are not on the public port
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(metrics).contains("http_server_requests_seconds_count", "emend_changes_lag_seconds", "agroal_",
                    "emend_imports_seconds_count");

            // SIGTERM while a long poll waits: it is answered before Emend stops
            var poll = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/changes?wait=3s&since=" + Long.MAX_VALUE
                    + ".0")).header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1_000);
            emend.destroy();
            assertThat(poll.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            emend.destroy();
        }
        assertThat(emend.waitFor(40, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        reader.join(5_000);
        // Production logs are JSON lines
        List<JsonNode> logs = new ArrayList<>();
        for (String line : List.copyOf(output)) {
            if (line.startsWith("{")) {
                logs.add(JSON.readTree(line));
            }
        }
        assertThat(logs).as(String.join("\n", output)).isNotEmpty();
        assertThat(logs).anySatisfy(log -> assertThat(log.path("message").asText()).contains("started in"));
        // What a request logs carries its id
        assertThat(logs).anySatisfy(log -> {
            assertThat(log.path("message").asText()).startsWith("Import ");
            assertThat(log.at("/mdc/requestId").asText()).isEqualTo("trace-import");
        });
        assertThat(String.join("\n", output)).doesNotContain("container-test-password");

        // A first start without EMEND_ADMIN_PASSWORD creates no account rather than log a password; without
        // a session key it uses the one the database keeps, and never logs it
        ServerProcesses.reset(database);
        builder.environment().remove("EMEND_ADMIN_PASSWORD");
        builder.environment().remove("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
        Process second = builder.start();
        List<String> secondOutput = Collections.synchronizedList(new ArrayList<>());
        Thread secondReader = ServerProcesses.read(second, secondOutput);
        try {
            assertThat(ServerProcesses.awaitReady(HttpClient.newHttpClient(), "http://127.0.0.1:" + managementPort, second)
                    .statusCode())
                    .isEqualTo(200);
        } finally {
            second.destroy();
        }
        assertThat(second.waitFor(40, TimeUnit.SECONDS)).isTrue();
        secondReader.join(5_000);
        assertThat(String.join("\n", secondOutput)).contains("EMEND_ADMIN_PASSWORD is not set")
                .doesNotContain("with the password").contains("signed with the key kept in the database");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
                "");
                Statement statement = connection.createStatement()) {
            try (var accounts = statement.executeQuery("SELECT count(*) FROM app_user")) {
                accounts.next();
                assertThat(accounts.getInt(1)).isZero();
            }
            try (var key = statement.executeQuery("SELECT value FROM server_secret WHERE name = 'session-encryption-key'")) {
                assertThat(key.next()).isTrue();
                assertThat(key.getString(1)).hasSize(64);
                assertThat(String.join("\n", secondOutput)).doesNotContain(key.getString(1))
                        .doesNotContainIgnoringCase("encryption key");
            }
        }
        ServerProcesses.drop(database);
    }

    /** Copies what a COPY line takes from the build context (a folder, or files matching *.jar). */
    private static void copy(String source, Path target) throws IOException {
        Files.createDirectories(target);
        if (source.endsWith("*.jar")) {
            Path folder = Path.of(source).getParent();
            try (Stream<Path> jars = Files.list(folder)) {
                for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
                    Files.copy(jar, target.resolve(jar.getFileName()));
                }
            }
            return;
        }
        Path from = Path.of(source);
        assertThat(from).as("the build writes " + source).isDirectory();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
    }
}
