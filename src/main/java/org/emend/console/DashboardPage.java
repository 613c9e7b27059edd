package org.emend.console;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.issue.Issue;
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

    DashboardPage(ConsoleQueries queries) {
        this.queries = queries;
    }

    /** The issue and status the worklist is narrowed to, as the filter form shows them. */
    public record WorklistFilter(UUID issueId, String status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<ConsoleQueries.JournalRow> journals, List<ConsoleQueries.WorkItem> blocks,
                List<ConsoleQueries.PageItem> pages, WorklistFilter filter);

        static native TemplateInstance issue(Issue issue, String label, List<ConsoleQueries.ArticleRow> articles,
                List<ConsoleQueries.WorkItem> blocks);
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
    public TemplateInstance issue(@RestPath UUID id) {
        Issue issue = Issue.require(id);
        return Templates.issue(issue, ConsoleQueries.issueLabel(issue.year, issue.volume, issue.number), queries.articles(id),
                queries.worklist(id, null, WORKLIST));
    }
}
