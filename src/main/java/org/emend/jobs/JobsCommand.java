package org.emend.jobs;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.emend.client.EmendClient;
import org.emend.client.ServerOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emend jobs list|show|watch|cancel|retry …}: a running Emend's background work, over its API. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Background work in a running Emend (a PDF's scans, OCR): list the jobs, show one's "
        + "progress, follow it to its end, cancel it or retry what failed. Imports and `emend ocr` "
        + "print their jobs' ids.")
public class JobsCommand {

    @Spec
    CommandSpec spec;

    /** A page of the jobs list, as the API answers it. */
    record JobList(List<JobView> items, String nextCursor) {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists jobs, newest first: all, or those of the statuses named")
    int list(@Mixin ServerOptions server,
            @Option(names = "--status", split = ",", paramLabel = "STATUS", description = "queued, running, done, failed or cancelled; repeat or separate with commas") List<String> statuses,
            @Option(names = "--limit", defaultValue = "20", description = "How many, at most (default 20)") int limit) {
        JobList jobs = server.client().get("api/v1/jobs" + EmendClient.query(Map.of("status",
                statuses == null ? List.of() : statuses, "limit", limit)), JobList.class);
        if (jobs.items().isEmpty()) {
            out().println("No job");
        }
        jobs.items().forEach(this::print);
        if (jobs.nextCursor() != null) {
            out().println("… and older ones (--limit)");
        }
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows each job's progress")
    int show(@Mixin ServerOptions server, @Parameters(paramLabel = "JOB", arity = "1..*") List<UUID> jobs) {
        EmendClient client = server.client();
        jobs.forEach(job -> print(client.get("api/v1/jobs/" + job, JobView.class)));
        return 0;
    }

    @Command(name = "watch", mixinStandardHelpOptions = true, description = "Follows the jobs until they end, a progress bar each on a terminal; exits 1 when one "
            + "failed or was cancelled")
    int watch(@Mixin ServerOptions server, @Parameters(paramLabel = "JOB", arity = "1..*") List<UUID> jobs) {
        return new JobProgress(server.client()).follow(jobs, out()) == 0 ? 0 : 1;
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Stops the jobs: tasks not yet taken are not done")
    int cancel(@Mixin ServerOptions server, @Parameters(paramLabel = "JOB", arity = "1..*") List<UUID> jobs) {
        EmendClient client = server.client();
        jobs.forEach(job -> print(client.post("api/v1/jobs/" + job + "/cancel", null, JobView.class)));
        return 0;
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, description = "Queues again the tasks that failed or were cancelled")
    int retry(@Mixin ServerOptions server, @Parameters(paramLabel = "JOB", arity = "1..*") List<UUID> jobs) {
        EmendClient client = server.client();
        jobs.forEach(job -> print(client.post("api/v1/jobs/" + job + "/retry", null, JobView.class)));
        return 0;
    }

    private void print(JobView view) {
        out().println(view.id() + "  " + JobProgress.describe(view) + (JobProgress.active(view) ? " " + view.status() : "")
                + (view.etaSeconds() != null && JobProgress.active(view) ? ", about " + view.etaSeconds() + " s left" : "")
                + "  (" + view.createdAt() + (view.createdByName() == null ? "" : ", " + view.createdByName()) + ")");
        view.errors().forEach(error -> out().println("  page " + (error.seq() + 1) + ": " + error.error()));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
