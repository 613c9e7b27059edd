package org.emend.ocr.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.ocr.lines.Hocr;

/**
 * Tesseract 5, through its command line ({@code tesseract image stdout -l langs hocr}): what it
 * reads on a page image, as hOCR. Not installed, it says so when asked to read, and how to
 * install it.
 */
@ApplicationScoped
public class Tesseract {

    public static final String ENGINE = "tesseract";
    /** Page segmentation 3, fully automatic: the engine finds the columns and blocks itself. */
    public static final String SETTINGS = "--psm 3";
    private static final long TIMEOUT_SECONDS = 300;

    private final String command;

    Tesseract(@ConfigProperty(name = "emend.ocr.tesseract", defaultValue = "tesseract") String command) {
        this.command = command;
    }

    /** What one run read, and how it was asked. */
    public record Run(String version, String languages, String hocr, Hocr.Page page) {
    }

    /**
     * Reads a page image with the languages wanted ({@code chi_sim+eng}), keeping those installed
     * (at least {@code eng}); {@code dpi} is the image's resolution when known (0: the engine
     * guesses it from the type, and a wrong guess upsets its page layout).
     */
    public Run read(byte[] image, List<String> wanted, int dpi) throws IOException, InterruptedException {
        Set<String> installed = languages();
        List<String> languages = new ArrayList<>(wanted.stream().filter(installed::contains).toList());
        if (languages.isEmpty()) {
            languages.add("eng");
        }
        String joined = String.join("+", languages);
        Path input = Files.createTempFile("emend-ocr", ".png");
        try {
            Files.write(input, image);
            List<String> arguments = new ArrayList<>(List.of(command, input.toString(), "stdout", "-l", joined, "--psm", "3"));
            if (dpi > 0) {
                arguments.addAll(List.of("--dpi", Integer.toString(dpi)));
            }
            arguments.add("hocr");
            String hocr = run(arguments.toArray(String[]::new));
            return new Run(version(), joined, hocr, Hocr.read(hocr));
        } finally {
            Files.deleteIfExists(input);
        }
    }

    public String version() throws IOException, InterruptedException {
        String first = run(command, "--version").lines().findFirst().orElse("");
        return first.startsWith("tesseract ") ? first.substring("tesseract ".length()).strip() : first.strip();
    }

    public Set<String> languages() throws IOException, InterruptedException {
        Set<String> languages = new LinkedHashSet<>();
        run(command, "--list-langs").lines().skip(1).map(String::strip).filter(line -> !line.isEmpty())
                .forEach(languages::add);
        return languages;
    }

    private static String run(String... arguments) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            throw new IOException("The OCR engine is not installed: " + arguments[0] + " cannot be run (on Debian:"
                    + " apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim)", notInstalled);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("The OCR engine took over " + TIMEOUT_SECONDS + " s on one page");
        }
        if (process.exitValue() != 0) {
            throw new IOException("The OCR engine failed (exit " + process.exitValue() + ")");
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
