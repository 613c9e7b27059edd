package org.emend.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.emend.testing.ChineseScans;
import org.emend.testing.CommandLineSession;
import org.emend.testing.Samples;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import picocli.CommandLine;

/**
 * {@code emend import}: the same import from the command line, file by file through a directory,
 * sent to a running Emend's API, or done here with {@code --local}.
 */
@QuarkusTest
class ImportCommandTest {

    @Inject
    TestDatabase database;

    @Inject
    CommandLine.IFactory factory;

    @TempDir
    Path directory;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldSendEveryDumpOfADirectoryToTheApiAndReport() throws IOException {
        CommandLineSession commands = CommandLineSession.overApi();
        Files.write(directory.resolve("a.txt"), ImportApiTest.sample());
        Files.writeString(directory.resolve("b.txt"), "One page of text\nwith two lines\n");
        Files.writeString(directory.resolve("notes.md"), "not a dump");

        int status = commands.run("import", directory.toString(), "--journal", "国际问题研究", "--year", "2024", "--issue", "6",
                "--author", "李兵", "--author", "Someone Else");

        assertThat(status).as(commands.err()).isZero();
        assertThat(commands.out()).contains("a.txt: imported as", "21 pages (inferred", "64 footnotes", "b.txt: imported as");
        assertThat(database.count("ocr_import")).isEqualTo(2);
        assertThat(database.queryString("SELECT string_agg(file_name, ',' ORDER BY file_name) FROM ocr_import"))
                .isEqualTo("a.txt,b.txt");
        // The query went whole and encoded: the Chinese title, the authors in order
        assertThat(database.queryString("SELECT title FROM journal")).isEqualTo("国际问题研究");
        assertThat(database.count("issue")).isEqualTo(1);
        // The API's caller did it: the admin token, not the command line's "system"
        assertThat(database.queryString("SELECT string_agg(DISTINCT actor, ',') FROM record_change")).isNotEqualTo("system");
    }

    @Test
    void shouldImportHereWhenAskedToRunLocally() throws IOException {
        CommandLineSession commands = CommandLineSession.local(factory);
        Files.write(directory.resolve("a.txt"), ImportApiTest.sample());
        Files.writeString(directory.resolve("b.txt"), "One page of text\nwith two lines\n");
        Files.writeString(directory.resolve("notes.md"), "not a dump");

        int status = commands.run("import", directory.toString(), "--journal", "国际问题研究", "--year", "2024", "--issue", "6");

        assertThat(status).isZero();
        assertThat(commands.out()).contains("a.txt: imported as", "21 pages (inferred", "64 footnotes", "b.txt: imported as");
        assertThat(database.count("ocr_import")).isEqualTo(2);
        // The change feed credits batch work to the system, not to an anonymous caller
        assertThat(database.queryString("SELECT string_agg(DISTINCT actor, ',') FROM record_change")).isEqualTo("system");
        assertThat(database.count("issue")).isEqualTo(1);
    }

    /** With --wait, a PDF's background work is done before the command ends, its progress shown. */
    @Test
    void shouldDoAPdfsBackgroundWorkHereWhenAskedToWait() {
        importAScanAndWait(CommandLineSession.local(factory));
    }

    /** Over the API, --wait follows the server's workers doing the PDF's jobs. */
    @Test
    void shouldFollowAPdfsBackgroundWorkInTheServerWhenAskedToWait() {
        importAScanAndWait(CommandLineSession.overApi());
    }

    private void importAScanAndWait(CommandLineSession commands) {
        ChineseScans.assumeOcrTools();

        int status = commands.run("import", Samples.SCANNED_PAGE.toString(), "--journal", "国际问题研究", "--year", "2025",
                "--language", "zh", "--wait");

        assertThat(status).as(commands.err()).isZero();
        assertThat(commands.out()).contains("scanned-page.pdf: imported as").contains("scans 1/1 done · OCR 1/1 done");
        assertThat(database.queryString("SELECT string_agg(status, ',') FROM job")).isEqualTo("done,done");
        assertThat(database.count("ocr_run")).isEqualTo(1);
    }

    @Test
    void shouldReportFailuresAndExitWithAnError() throws IOException {
        CommandLineSession commands = CommandLineSession.overApi();
        Path file = directory.resolve("a.txt");
        Files.write(file, ImportApiTest.sample());
        commands.run("import", file.toString(), "--journal", "J", "--year", "2024");

        int status = commands.run("import", file.toString(), "--journal", "J", "--year", "2024");

        assertThat(status).isEqualTo(1);
        assertThat(commands.err()).contains("Already imported");
        assertThat(database.count("ocr_import")).isEqualTo(1);

        // A file that is not there: one line that says so, no stack trace
        int said = commands.err().length();
        Path missing = directory.resolve("missing.txt");
        assertThat(commands.run("import", missing.toString(), "--journal", "J", "--year", "2024")).isEqualTo(2);
        assertThat(commands.err().substring(said).strip()).isEqualTo(missing + ": no such file or directory");
    }

    @Test
    void shouldSayAFileBeyondTheServersRequestSizeCanBeImportedHere() throws IOException {
        Path file = directory.resolve("large.txt");
        Files.writeString(file, "页".repeat(6_000_000));
        CommandLineSession commands = CommandLineSession.overApi();

        int status = commands.run("import", file.toString(), "--journal", "J", "--year", "2024");

        assertThat(status).isEqualTo(1);
        assertThat(commands.err()).contains("Payload too large: The request body has 18000000 bytes")
                .contains("--local imports it here");
        assertThat(database.count("ocr_import")).isZero();
    }

    @Test
    void shouldSayWhenTheTokenIsRefused() throws IOException {
        Path file = directory.resolve("a.txt");
        Files.write(file, ImportApiTest.sample());
        CommandLineSession commands = CommandLineSession.overApi("emend_wrong");

        int status = commands.run("import", file.toString(), "--journal", "J", "--year", "2024");

        assertThat(status).isEqualTo(1);
        assertThat(commands.err()).contains("Give an API token with --token, EMEND_TOKEN").doesNotContain("Exception");
        assertThat(database.count("ocr_import")).isZero();
    }
}
