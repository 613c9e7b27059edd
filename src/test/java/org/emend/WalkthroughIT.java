package org.emend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emend.testing.ServerProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough, block by block, as a newcomer pastes it: the packaged application
 * started by the launcher, the command line and curl against it, each block's output compared
 * with the one the README shows ({@code …} for what differs between runs).
 */
class WalkthroughIT {

    private static final String SECTION = "## Walkthrough";
    private static final Pattern BLOCK = Pattern.compile("```(sh|text)\\n(.*?)```", Pattern.DOTALL);
    private static final String MARKER = "@@walkthrough-step@@";
    private static final String ANY = "…";

    /** A block of commands and the output the README shows under it (empty when none is shown). */
    record Step(String commands, List<String> expected) {
    }

    @TempDir
    Path directory;

    @Test
    void shouldAnswerAsTheReadmeSays() throws Exception {
        List<Step> steps = steps(Files.readString(Path.of("README.md")));
        assertThat(steps).as("the walkthrough's blocks").hasSizeGreaterThan(8);
        String database = "emend_walkthrough_" + ProcessHandle.current().pid();
        ServerProcesses.resetOrSkip(database);
        int[] ports = ServerProcesses.freePorts();
        Files.createSymbolicLink(directory.resolve("target"), Path.of("target").toAbsolutePath());
        Files.createSymbolicLink(directory.resolve("src"), Path.of("src").toAbsolutePath());

        StringBuilder script = new StringBuilder("set -eo pipefail\nexec 2>&1\n");
        steps.forEach(step -> script.append(onOurPorts(step.commands(), ports)).append("\nprintf '\\n%s\\n' '")
                .append(MARKER).append("'\n"));
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script.toString()).directory(directory.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = bash.environment();
        environment.keySet().removeIf(name -> name.startsWith("EMEND_") || name.startsWith("QUARKUS_"));
        environment.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database,
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_HTTP_PORT", String.valueOf(ports[0]),
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(ports[1]), "EMEND_URL", "http://localhost:" + ports[0],
                "EMEND_PUBLIC_URL", "http://localhost:" + ports[0] + "/", "XDG_CONFIG_HOME",
                directory.resolve("config").toString()));
        Process process = bash.start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the walkthrough within five minutes").isTrue();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroyForcibly();
            ServerProcesses.drop(database);
        }

        String[] answers = output.split("\\n?" + MARKER + "\\n", -1);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            assertThat(i < answers.length - 1).as("the walkthrough stopped (exit %d) before the block%n%s%nafter:%n%s%s",
                    process.exitValue(), step.commands(), answers[answers.length - 1], log()).isTrue();
            List<String> expected = step.expected().stream().map(line -> onOurPorts(line, ports)).toList();
            List<String> actual = lines(answers[i]);
            assertThat(matches(expected, 0, actual, 0, new HashMap<>()))
                    .as("the block%n%s%nanswers%n%s%nwhere the README shows%n%s%s", step.commands(), String.join("\n", actual),
                            String.join("\n", expected), log())
                    .isTrue();
        }
    }

    /** The walkthrough's shell blocks, each with the text block right under it. */
    static List<Step> steps(String readme) {
        int start = readme.indexOf(SECTION);
        assertThat(start).as("the README's walkthrough").isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length());
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Step> steps = new ArrayList<>();
        Matcher block = BLOCK.matcher(section);
        int previousEnd = -1;
        while (block.find()) {
            if (block.group(1).equals("sh")) {
                steps.add(new Step(block.group(2), List.of()));
            } else {
                assertThat(previousEnd >= 0 && section.substring(previousEnd, block.start()).isBlank())
                        .as("an output block right under a shell block:%n%s", block.group(2)).isTrue();
                Step last = steps.remove(steps.size() - 1);
                steps.add(new Step(last.commands(), lines(block.group(2))));
            }
            previousEnd = block.end();
        }
        return steps;
    }

    /** Whether the output matches what the README shows from these lines on: a line of … alone stands for any lines. */
    static boolean matches(List<String> expected, int e, List<String> actual, int a, Map<String, Boolean> known) {
        String key = e + ":" + a;
        Boolean result = known.get(key);
        if (result != null) {
            return result;
        }
        if (e == expected.size()) {
            result = a == actual.size();
        } else if (expected.get(e).equals(ANY)) {
            result = matches(expected, e + 1, actual, a, known)
                    || a < actual.size() && matches(expected, e, actual, a + 1, known);
        } else {
            result = a < actual.size() && line(expected.get(e)).matcher(actual.get(a)).matches()
                    && matches(expected, e + 1, actual, a + 1, known);
        }
        known.put(key, result);
        return result;
    }

    private static Pattern line(String expected) {
        StringBuilder regex = new StringBuilder();
        String[] parts = expected.split(ANY, -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String onOurPorts(String text, int[] ports) {
        return text.replace("localhost:8080", "localhost:" + ports[0]).replace("localhost:9000", "localhost:" + ports[1]);
    }

    private String log() throws IOException {
        Path log = directory.resolve("emend.log");
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log);
        return "\nEmend's log ends:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
