package org.emend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/**
 * Help, wrong arguments and the commands that talk to a running Emend are answered before anything
 * starts: no application, no database.
 */
class CommandLineFrontTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Integer answer(String... args) {
        return CommandLineFront.answer(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void shouldAnswerHelpWithNothingStarted() {
        assertThat(answer("--help")).isZero();
        assertThat(out.toString()).contains("Usage: emend").contains("import").contains("export").contains("restore");

        assertThat(answer("import", "--help")).isZero();
        assertThat(out.toString()).contains("--year").contains("The issue's year");
    }

    @Test
    void shouldWriteTheCompletionScriptWithNothingStarted() {
        assertThat(answer("generate-completion")).isZero();
        assertThat(out.toString()).contains("complete -F").contains("emend").contains("restore");
    }

    @Test
    void shouldAnswerWrongArgumentsWithTheUsage() {
        assertThat(answer("export", "--out", "x.zip")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required argument").contains("Usage: emend export");

        assertThat(answer("import", "dump.txt", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void shouldLeaveACommandToRunHereToTheApplication() {
        assertThat(answer("import", "dump.txt", "--journal", "国际问题研究", "--year", "2024", "--local")).isNull();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldSayHowToStartEmendWhenNoneAnswers() {
        assertThat(answer("jobs", "show", "0190a0a0-0000-7000-8000-000000000000", "--url", "http://127.0.0.1:9")).isEqualTo(1);
        assertThat(err.toString()).startsWith("No Emend answers at http://127.0.0.1:9/: start it (`emend`")
                .doesNotContain("--local").doesNotContain("Exception");

        assertThat(answer("export", "--all", "--out", "all.zip", "--url", "http://127.0.0.1:9")).isEqualTo(1);
        assertThat(err.toString()).contains("or do it here, against the database, with --local");
    }

    @Test
    void shouldPrintTheVersionTheBuildWrote() {
        assertThat(answer("--version")).isZero();
        assertThat(out.toString()).matches("Emend \\d+\\.\\d+\\.\\d+.*\\s*");
    }
}
