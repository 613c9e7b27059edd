package org.emend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Help and wrong arguments are answered before anything starts: no application, no database. */
class CommandLineChecksTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Integer answer(String... args) {
        return CommandLineChecks.answer(args, new PrintWriter(out), new PrintWriter(err));
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
    void shouldLeaveACommandToRunToTheApplication() {
        assertThat(answer("import", "dump.txt", "--journal", "国际问题研究", "--year", "2024")).isNull();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }
}
