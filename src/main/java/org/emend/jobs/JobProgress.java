package org.emend.jobs;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.emend.client.ClientFailure;
import org.emend.client.EmendClient;
import org.emend.client.Progress;

import me.tongfei.progressbar.ProgressBar;

/** Follows background jobs over the API until they end, a progress bar each on a terminal, and says how they ended. */
public final class JobProgress {

    private static final long POLL_MILLIS = 500;

    private final EmendClient client;

    public JobProgress(EmendClient client) {
        this.client = client;
    }

    /** Waits for each job in turn; how many ended otherwise than done. */
    public int follow(List<UUID> jobs, PrintWriter out) {
        List<JobView> ended = new ArrayList<>();
        for (UUID job : jobs) {
            ended.add(follow(job));
        }
        report(ended, out);
        return (int) ended.stream().filter(view -> !view.status().equals("done")).count();
    }

    /** One line for the jobs ({@code scans 3/3 done · OCR 2/3 (1 failed) failed}), then what failed. */
    public static void report(List<JobView> ended, PrintWriter out) {
        out.println("  " + ended.stream().map(JobProgress::describe).collect(Collectors.joining(" · ")));
        ended.forEach(view -> view.errors()
                .forEach(error -> out
                        .println("  " + name(view) + " failed on page " + (error.seq() + 1) + ": " + error.error())));
    }

    public static String describe(JobView view) {
        return name(view) + " " + view.done() + "/" + view.total()
                + (view.failed() > 0 ? " (" + view.failed() + " failed)" : "") + (active(view) ? "" : " " + view.status());
    }

    public static boolean active(JobView view) {
        return view.status().equals("queued") || view.status().equals("running");
    }

    private JobView follow(UUID job) {
        JobView view = client.get("api/v1/jobs/" + job, JobView.class);
        try (ProgressBar bar = Progress.shown() ? Progress.counting(name(view), view.total()) : null) {
            while (true) {
                if (bar != null) {
                    bar.stepTo(view.done() + view.failed());
                    bar.setExtraMessage(view.failed() > 0 ? view.failed() + " failed" : "");
                }
                if (!active(view)) {
                    return view;
                }
                Thread.sleep(POLL_MILLIS);
                view = client.get("api/v1/jobs/" + job, JobView.class);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientFailure("Stopped following job " + job + "; it goes on in Emend (emend jobs watch " + job + ")");
        }
    }

    /** The job's kind in a word; the kinds are the API's values, as any client reads them. */
    private static String name(JobView view) {
        return switch (view.kind()) {
            case "pdf-scans" -> "scans";
            case "page-ocr" -> "OCR";
            default -> view.kind();
        };
    }
}
