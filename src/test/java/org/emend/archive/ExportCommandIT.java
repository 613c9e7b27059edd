package org.emend.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.emend.testing.Samples;
import org.emend.testing.ServerProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emend export --local} as a user runs it, from the packaged application: no request context
 * is active there, as one is in a {@code @QuarkusTest}, so what works in the command tests may not.
 * (Over the API, the README walkthrough's test runs the commands.)
 */
class ExportCommandIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @TempDir
    Path directory;

    @Test
    void shouldExportAnIssueAndAJournalFromThePackagedCommandLine() throws Exception {
        String database = "emend_export_" + ProcessHandle.current().pid();
        ServerProcesses.resetOrSkip(database);
        Path dump = directory.resolve("sample.txt");
        Files.write(dump, Samples.criticalMinerals());
        assertThat(run(database, "import", dump.toString(), "--journal", "国际问题研究", "--year", "2024", "--issue", "6",
                "--local"))
                .isZero();

        for (String scope : List.of("issue", "journal")) {
            Path bag = directory.resolve(scope + ".zip");
            assertThat(run(database, "export", "--" + scope, id(database, scope), "--out", bag.toString(), "--local")).isZero();
            assertThat(bag).isNotEmptyFile();
        }
        ServerProcesses.drop(database);
    }

    private int run(String database, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Process process = builder.start();
        Thread reader = ServerProcesses.read(process, output);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s within two minutes", arguments[0]).isTrue();
        reader.join(5_000);
        assertThat(output).as(String.join("\n", output)).noneMatch(line -> line.contains("Exception"));
        return process.exitValue();
    }

    private static String id(String database, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
                "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT id FROM " + table)) {
            assertThat(row.next()).as("a %s imported", table).isTrue();
            return row.getString(1);
        }
    }
}
