package org.emend.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.emend.client.ApiFailure;
import org.emend.client.EmendClient;
import org.emend.client.ServerOptions;
import org.emend.failure.Failure;
import org.emend.jobs.JobProgress;
import org.emend.jobs.JobView;
import org.emend.jobs.JobWorkers;
import org.emend.ocr.ImportReport;
import org.emend.ocr.text.RejectedInput;
import org.emend.web.FailureMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emend import FILE|DIRECTORY …}: sends each file to a running Emend's import API; with
 * {@code --local}, imports here, into the database, with no server running.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports OCR text dumps or PDFs into Emend: one file, or every .txt and .pdf file of a "
        + "directory, one import each. The issue is given by --issue-id, or by --journal (or "
        + "--journal-id), --year, --volume and --issue; journals and issues that do not exist yet are "
        + "created. Sent to a running Emend (see --url), or done here with --local.")
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "An OCR text dump or a PDF, or a directory of them (*.txt, *.pdf)")
    Path path;

    @Option(names = "--journal", description = "The journal's title")
    String journal;

    @Option(names = "--journal-english-title", description = "The journal's English title, for a new journal")
    String journalEnglishTitle;

    @Option(names = "--journal-id", description = "The journal's id, instead of --journal")
    UUID journalId;

    @Option(names = "--issue-id", description = "The issue's id, instead of the journal, --year, --volume and --issue")
    UUID issueId;

    @Option(names = "--year", description = "The issue's year")
    Integer year;

    @Option(names = "--volume", description = "The issue's volume as printed")
    String volume;

    @Option(names = "--issue", description = "The issue number as printed")
    String issue;

    @Option(names = "--title", description = "The article's title in its language")
    String title;

    @Option(names = "--english-title", description = "The article's English title: finds its abstract on an abstracts page")
    String englishTitle;

    @Option(names = "--author", description = "An author's name as printed; repeat for several, in order")
    List<String> authors;

    @Option(names = "--language", description = "The article's language, e.g. zh (guessed when absent)")
    String language;

    @Option(names = "--charset", description = "The files' charset, e.g. GB18030 (detected when absent)")
    String charset;

    @Option(names = "--replace", description = "Import files imported before again, replacing the earlier import")
    boolean replace;

    @Option(names = "--json", description = "Print each import as JSON, as the API returns it")
    boolean json;

    @Option(names = "--wait", description = "Wait for each PDF's background work (its pages' scans, OCR of its garbled pages) before "
            + "going on, showing its progress; with --local, do it here")
    boolean waitForJobs;

    @Option(names = "--local", description = "Import here, into the database, without a running Emend (starts Emend in this process; for "
            + "files beyond the server's request size)")
    boolean local;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Inject
    ImportService imports;

    @Inject
    JobWorkers workers;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            err.println(path + ": no such file or directory");
            return 2;
        }
        List<Path> files = files();
        if (files.isEmpty()) {
            err.println("No .txt or .pdf file in " + path);
            return 2;
        }
        EmendClient client = local ? null : server.client();
        int failures = 0;
        for (Path file : files) {
            try {
                ImportView view = local ? imports.importFile(Files.readAllBytes(file), request(file))
                        : client.upload("api/v1/imports" + EmendClient.query(query(file)), file, contentType(file),
                                ImportView.class);
                out.println(json ? EmendClient.json(view) : summary(file, view));
                List<UUID> jobs = view.jobIds() == null ? List.of() : view.jobIds();
                if (waitForJobs && !jobs.isEmpty()) {
                    out.flush();
                    failures += local ? followHere(jobs, out) : new JobProgress(client).follow(jobs, out);
                } else if (!jobs.isEmpty() && !json) {
                    out.println("  background work: " + jobs.stream().map(UUID::toString).collect(Collectors.joining(", "))
                            + " (emend jobs watch ID)");
                }
            } catch (ApiFailure e) {
                if (e.status() == 401 || e.status() == 403) {
                    throw e;
                }
                failures++;
                err.println(file + ": " + e.getMessage()
                        + (e.status() == 413 ? "\n  --local imports it here, within EMEND_IMPORT_MAX_BYTES instead" : ""));
            } catch (Failure e) {
                failures++;
                err.println(file + ": " + FailureMapper.problem(e).title() + ": " + e.detail()
                        + e.fieldErrors().stream().map(error -> "; " + error.field() + " " + error.message()).reduce("",
                                String::concat));
            } catch (RejectedInput e) {
                failures++;
                err.println(file + ": not imported: " + e.getMessage());
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    /** Does the import's jobs here, a progress line for each; how many ended otherwise than done. */
    private int followHere(List<UUID> jobs, PrintWriter out) {
        boolean terminal = System.console() != null;
        List<JobView> ended;
        try {
            ended = workers.runHere(jobs, views -> {
                String line = views.stream().map(JobProgress::describe).collect(Collectors.joining(" · "));
                if (terminal) {
                    out.print("\r  " + line);
                    out.flush();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        if (terminal) {
            out.println();
        }
        JobProgress.report(ended, out);
        return (int) ended.stream().filter(view -> !view.status().equals("done")).count();
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(
                    file -> file.getFileName().toString().endsWith(".txt") || file.getFileName().toString().endsWith(".pdf"))
                    .sorted().toList();
        }
    }

    /** The import API's query parameters (ImportResource), the request's fields by their names. */
    private Map<String, Object> query(Path file) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("journalId", journalId);
        query.put("journal", journal);
        query.put("journalEnglishTitle", journalEnglishTitle);
        query.put("issueId", issueId);
        query.put("year", year);
        query.put("volume", volume);
        query.put("issue", issue);
        query.put("title", title);
        query.put("englishTitle", englishTitle);
        query.put("author", authors);
        query.put("language", language);
        query.put("charset", charset);
        query.put("fileName", file.getFileName().toString());
        query.put("replace", replace ? true : null);
        return query;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".zip") ? "application/zip" : "text/plain";
    }

    private ImportRequest request(Path file) {
        return new ImportRequest(journalId, journal, journalEnglishTitle, issueId, year, volume, issue, title, englishTitle,
                authors, language, charset, file.getFileName().toString(), replace);
    }

    private static String summary(Path file, ImportView view) {
        ImportReport report = view.report();
        ImportReport.Counts counts = report.counts();
        StringBuilder text = new StringBuilder();
        text.append(file).append(": imported as ").append(view.id()).append(" (article ").append(view.articleIds().get(0))
                .append(") in ").append(report.milliseconds()).append(" ms\n");
        text.append("  ").append(count(counts.pages(), "page")).append(" (").append(report.pageSplit().method())
                .append(", confidence ").append(report.pageSplit().confidence()).append("), ")
                .append(count(counts.sections(), "section")).append(" (").append(count(counts.headings(), "heading"))
                .append("), ").append(count(counts.footnotes(), "footnote")).append(", ")
                .append(count(counts.abstracts(), "abstract")).append("; charset ").append(report.charset()).append('\n');
        report.warnings()
                .forEach(warning -> text.append("  warning").append(warning.line() == null ? "" : " at line " + warning.line())
                        .append(": ").append(warning.message()).append('\n'));
        return text.toString().stripTrailing();
    }

    private static String count(int count, String what) {
        return count + " " + what + (count == 1 ? "" : "s");
    }
}
