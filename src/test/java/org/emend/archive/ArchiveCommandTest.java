package org.emend.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.emend.testing.CommandLineSession;
import org.emend.testing.Samples;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import picocli.CommandLine;

/**
 * {@code emend export} and {@code emend restore}: the same bags from the command line, over a running
 * Emend's API or here with {@code --local}.
 */
@QuarkusTest
class ArchiveCommandTest {

    @Inject
    TestDatabase database;

    @Inject
    CommandLine.IFactory factory;

    @TempDir
    Path directory;

    @Test
    void shouldExportAJournalAndRestoreItAfterAWipeOverTheApi() throws Exception {
        exportAJournalAndRestoreItAfterAWipe(CommandLineSession.overApi(),
                "No issue with id 00000000-0000-7000-8000-000000000000");
    }

    @Test
    void shouldExportAJournalAndRestoreItAfterAWipeHere() throws Exception {
        exportAJournalAndRestoreItAfterAWipe(CommandLineSession.local(factory),
                "No issue 00000000-0000-7000-8000-000000000000");
    }

    private void exportAJournalAndRestoreItAfterAWipe(CommandLineSession commands, String noSuchIssue) throws Exception {
        database.clear();
        String issue = RestAssured.given().contentType("text/plain; charset=UTF-8").body(Samples.criticalMinerals())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201).extract()
                .path("issueId");
        String journal = RestAssured.given().get("/api/v1/issues/" + issue).then().extract().path("journalId");
        Map<String, String> before = database.snapshotOfRecords();
        Path bag = directory.resolve("journal.tar");

        assertThat(commands.run("export", "--journal", journal, "--format", "tar", "--out", bag.toString())).as(commands.err())
                .isZero();
        assertThat(commands.out()).contains("Wrote " + bag);

        database.clear();
        assertThat(commands.run("restore", bag.toString())).as(commands.err()).isZero();
        // A summary a person reads, not a Java record
        assertThat(commands.out()).contains("Restored 1 journal, 1 issue, ").doesNotContain("Report[");
        assertThat(database.snapshotOfRecords()).isEqualTo(before);
        // The records are there now: restoring again is refused unless asked to replace
        assertThat(commands.run("restore", bag.toString())).isEqualTo(1);
        assertThat(commands.err()).contains("exist already");
        assertThat(commands.run("restore", bag.toString(), "--replace")).isZero();
        assertThat(database.snapshotOfRecords()).isEqualTo(before);

        Path broken = directory.resolve("broken.tar");
        Files.writeString(broken, "not a bag");
        assertThat(commands.run("restore", broken.toString())).isEqualTo(1);
        // A file that is not there: one line that says so
        int said = commands.err().length();
        Path missing = directory.resolve("missing.zip");
        assertThat(commands.run("restore", missing.toString())).isEqualTo(2);
        assertThat(commands.err().substring(said).strip()).isEqualTo(missing + ": no such file");
        assertThat(commands.run("export", "--issue", "00000000-0000-7000-8000-000000000000", "--out", bag.toString()))
                .isNotZero();
        assertThat(commands.err()).contains(noSuchIssue);
    }
}
