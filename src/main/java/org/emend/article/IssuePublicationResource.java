package org.emend.article;

import java.util.UUID;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/issues/{id}/publish")
@Tag(name = "Issues")
public class IssuePublicationResource {

    private final IssuePublication publication;

    IssuePublicationResource(IssuePublication publication) {
        this.publication = publication;
    }

    @POST
    @Operation(summary = "Publish an issue and its articles, as the console's issue page does", description = """
            Dates the issue today unless it has a date already come, and publishes each of its articles but those \
            known only from their abstracts, which stay drafts. Each change is a versioned write with its change-feed \
            entry and OAI-PMH datestamp, all in one transaction; publishing again changes nothing.""")
    public IssuePublication.Published publish(@RestPath UUID id) {
        return publication.publish(id);
    }
}
