package org.emend.console;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.article.IssuePublication;
import org.emend.issue.Issue;
import org.emend.jobs.JobQueue;
import org.emend.jobs.JobView;
import org.emend.ocr.engine.OcrRequests;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Where editors start: journals and issues with their progress, and the worklist of the worst text. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    private static final int WORKLIST = 25;

    private final ConsoleQueries queries;
    private final JobQueue jobs;
    private final OcrRequests ocr;
    private final CurrentActor actor;
    private final IssuePublication publication;

    DashboardPage(ConsoleQueries queries, JobQueue jobs, OcrRequests ocr, CurrentActor actor, IssuePublication publication) {
        this.queries = queries;
        this.jobs = jobs;
        this.ocr = ocr;
        this.actor = actor;
        this.publication = publication;
    }

    /** The issue and status the worklist is narrowed to, as the filter form shows them. */
    public record WorklistFilter(UUID issueId, String status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<ConsoleQueries.JournalRow> journals, List<ConsoleQueries.WorkItem> blocks,
                List<ConsoleQueries.PageItem> pages, WorklistFilter filter);

        static native TemplateInstance issue(Issue issue, String label, List<ConsoleQueries.ArticleRow> articles,
                List<ConsoleQueries.WorkItem> blocks, List<JobView> jobs, String note);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance dashboard(@RestQuery UUID issueId, @RestQuery String status) {
        String shown = status == null || status.isBlank() ? null : status;
        return Templates.dashboard(queries.journals(), queries.worklist(issueId, shown, WORKLIST),
                queries.garbledPages(issueId, WORKLIST), new WorklistFilter(issueId, shown));
    }

    @GET
    @Path("issues/{id}")
    @Operation(hidden = true)
    public TemplateInstance issue(@RestPath UUID id, @RestQuery String note) {
        Issue issue = Issue.require(id);
        return Templates.issue(issue, ConsoleQueries.issueLabel(issue.year, issue.volume, issue.number), queries.articles(id),
                queries.worklist(id, null, WORKLIST), jobs.activeFor(jobs.subjectsOfIssue(id)), note);
    }

    /** The issue and its articles published: readers of the API and OAI-PMH harvesters see them without a token. */
    @POST
    @Path("issues/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@RestPath UUID id) {
        IssuePublication.Published published = publication.publish(id);
        return Notes.seeOther("/console/issues/" + id, "Published: the issue is dated " + published.publishedOn() + "; "
                + published.articles() + " article(s) published now"
                + (published.leftAsDrafts() == 0 ? "."
                        : ", " + published.leftAsDrafts() + " known only from their abstracts left as drafts."));
    }

    /** Every page of the issue with a PDF or a scan, read again in the background; the page follows the job. */
    @POST
    @Path("issues/{id}/ocr")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response readAgain(@RestPath UUID id) {
        return Notes.afterRequest("/console/issues/" + id, () -> ocr.queueIssue(id, List.of(), actor.get().name()),
                "The issue's pages are being read again (OCR): the bar above follows the work.");
    }

}
