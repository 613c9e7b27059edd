package org.emend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** {@code emend}, the launcher packaged beside the jar, and the completion script it writes, as a user runs them. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("target", "quarkus-app", "emend").toAbsolutePath();

    @Test
    void shouldRunCommandsAndCompleteThemInBash() throws Exception {
        assertThat(Files.isExecutable(LAUNCHER)).as("%s executable", LAUNCHER).isTrue();

        assertThat(run(LAUNCHER.toString(), "--help")).contains("Usage: emend").contains("import");
        // Completion as the README says to turn it on, through a link on the PATH as a user installs it
        String completions = run("bash", "-c", """
                mkdir -p "$HOME/bin" && ln -sf "%s" "$HOME/bin/emend" && PATH="$HOME/bin:$PATH"
                source <(emend generate-completion)
                complete -p emend
                COMP_WORDS=(emend ex); COMP_CWORD=1; COMP_LINE="emend ex"; COMP_POINT=8
                _complete_emend; echo "${COMPREPLY[@]}"
                """.formatted(LAUNCHER));
        assertThat(completions).contains("-F _complete_emend emend").contains("export");
    }

    private static String run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().put("HOME", Files.createTempDirectory("emend-home").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
