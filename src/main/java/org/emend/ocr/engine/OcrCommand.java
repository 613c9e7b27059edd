package org.emend.ocr.engine;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.emend.client.EmendClient;
import org.emend.client.ServerOptions;
import org.emend.jobs.JobProgress;
import org.emend.jobs.JobView;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emend ocr --page|--article|--issue ID}: asks a running Emend to read pages again with Tesseract. */
@Command(name = "ocr", mixinStandardHelpOptions = true, description = "Has a running Emend read pages again with Tesseract: a page, an article's pages or an "
        + "issue's, those with a PDF or a scan. Each page's draft goes into the blocks no editor has "
        + "touched; the rest waits in the console.")
public class OcrCommand implements Callable<Integer> {

    static class What {
        @Option(names = "--page", paramLabel = "ID", description = "A page's id")
        UUID page;

        @Option(names = "--article", paramLabel = "ID", description = "An article's id: all its pages")
        UUID article;

        @Option(names = "--issue", paramLabel = "ID", description = "An issue's id: every page of its articles")
        UUID issue;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--language", paramLabel = "CODE", description = "A Tesseract language (chi_sim, chi_tra, eng, …); repeat for several; the article's when absent")
    List<String> languages;

    @Option(names = "--wait", description = "Follow the job to its end, with a progress bar on a terminal")
    boolean waitForJob;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EmendClient client = server.client();
        String path = "api/v1/" + (what.page != null ? "pages/" + what.page
                : what.article != null ? "articles/" + what.article : "issues/" + what.issue) + "/ocr";
        JobView job = client.post(path, Map.of("languages", languages == null ? List.of() : languages), JobView.class);
        spec.commandLine().getOut().println(
                "Queued job " + job.id() + ": " + job.total() + (job.total() == 1 ? " page" : " pages") + " to read");
        if (!waitForJob) {
            spec.commandLine().getOut().println("  follow it: emend jobs watch " + job.id());
            return 0;
        }
        spec.commandLine().getOut().flush();
        return new JobProgress(client).follow(List.of(job.id()), spec.commandLine().getOut()) == 0 ? 0 : 1;
    }
}
