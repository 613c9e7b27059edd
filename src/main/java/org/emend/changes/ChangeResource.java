package org.emend.changes;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.failure.Failure;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Change feed", description = "Every change to every record, in order, for integrations that keep a copy")
public class ChangeResource {

    private static final Pattern SECONDS = Pattern.compile("(\\d{1,3})s?");

    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Path("changes")
    @Operation(summary = "Changes after a cursor, in commit order; a reader that follows nextCursor misses none and sees none twice", description = """
            Each change names the kind of record, its id, the version it left, the operation (created, updated, \
            deleted: deletions stay as tombstones), when and who. Start without since to read from the beginning. \
            With wait (e.g. 30s, at most 60s) an empty answer is held until a change comes or the time is up.""")
    public RestResponse<ChangePage> changes(
            @Parameter(description = "A cursor: nextCursor of the previous answer, or a change's cursor") @RestQuery String since,
            @RestQuery @Min(1) @Max(ChangeFeed.MAX_LIMIT) Integer limit,
            @Parameter(description = "How long to wait for changes when there are none yet: 30s, 30 or PT30S") @RestQuery String wait,
            UriInfo uriInfo) {
        ChangePage page = feed.read(since, limit == null ? 100 : limit, waitFor(wait));
        RestResponse.ResponseBuilder<ChangePage> response = RestResponse.ResponseBuilder.ok(page);
        if (!page.items().isEmpty()) {
            response.header("Link", "<" + uriInfo.getRequestUriBuilder().replaceQueryParam("since", page.nextCursor())
                    .replaceQueryParam("wait").build() + ">; rel=\"next\"");
        }
        return response.build();
    }

    private static Duration waitFor(String wait) {
        if (wait == null || wait.isBlank()) {
            return Duration.ZERO;
        }
        Duration duration;
        Matcher seconds = SECONDS.matcher(wait.strip());
        try {
            duration = seconds.matches() ? Duration.ofSeconds(Long.parseLong(seconds.group(1))) : Duration.parse(wait.strip());
        } catch (DateTimeParseException e) {
            throw Failure.invalid("wait", "is a number of seconds (30s) or an ISO-8601 duration (PT30S)");
        }
        if (duration.isNegative() || duration.compareTo(ChangeFeed.MAX_WAIT) > 0) {
            throw Failure.invalid("wait", "may be at most " + ChangeFeed.MAX_WAIT.toSeconds() + " seconds");
        }
        return duration;
    }
}
