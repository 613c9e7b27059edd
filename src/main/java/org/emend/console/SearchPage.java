package org.emend.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The search box's results: blocks whose text or OCR original holds the query, each a link to its page. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    private static final int RESULTS = 100;

    private final TextSearch search;

    SearchPage(TextSearch search) {
        this.search = search;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String query, TextSearch.Results results, String error);
    }

    @GET
    @Path("search")
    @Operation(hidden = true)
    public TemplateInstance search(@RestQuery("q") String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return Templates.search(q, null, null);
        }
        if (q.length() > TextSearch.MAX_QUERY) {
            return Templates.search(q, null, "Search for at most " + TextSearch.MAX_QUERY + " characters.");
        }
        return Templates.search(q, search.find(q, RESULTS), null);
    }
}
