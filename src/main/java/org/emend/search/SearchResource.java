package org.emend.search;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.crud.ListPage;
import org.emend.crud.ListResponses;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/search")
@Tag(name = "Search", description = "Full-text search over sections, footnotes, abstracts and article titles")
public class SearchResource {

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Find blocks and titles by their words, best first, with highlighted snippets", description = """
            Words are matched whole and without regard to case or width; Chinese and Japanese are matched as \
            written, without spaces (two characters find every text that holds them together). Hits are \
            ranked by how many terms they hold, then by relevance. Anonymous callers see published articles \
            only.""")
    public RestResponse<ListPage<SearchHit>> search(@Valid @BeanParam SearchParams params, UriInfo uriInfo) {
        return ListResponses.of(uriInfo, search.search(params.toRequest()));
    }
}
