package org.emend.access;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.users.Actor;
import org.emend.users.CurrentActor;
import org.emend.web.Problem;
import org.emend.web.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Who may do what through the API. Reads of published content are open (unless
 * {@code emend.api.open-reads} is false); drafts, history, imports, exports and the change feed take a
 * token or a signed-in editor; writes take a write token or an editor; tokens and restores take an admin.
 * Each token's requests are rate-limited when a limit is set.
 */
public class ApiAccess {

    private static final String API = "/api/v1/";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** Reads that are not published content: they show drafts, history or who did what. */
    private static final Set<String> PRIVATE_READS = Set.of("imports", "changes", "revisions", "changesets", "tokens",
            "exports", "restores", "jobs");

    private final CurrentActor actor;
    private final RateLimits rateLimits;
    private final boolean openReads;

    ApiAccess(CurrentActor actor, RateLimits rateLimits, @ConfigProperty(name = "emend.api.open-reads") boolean openReads) {
        this.actor = actor;
        this.rateLimits = rateLimits;
        this.openReads = openReads;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(API)) {
            return null;
        }
        Actor caller = actor.get();
        String collection = path.substring(API.length()).split("/", 2)[0];
        // Managing tokens and restoring (which recreates history as a bag has it) are an administrator's acts
        boolean tokens = collection.equals("tokens");
        boolean restores = collection.equals("restores");
        boolean write = !SAFE.contains(request.getMethod());
        if (tokens && caller.known() && !caller.admin()) {
            return refuse(ProblemType.FORBIDDEN, "Managing API tokens takes an admin token or an admin's session", request);
        }
        if (restores && caller.known() && !caller.admin()) {
            return refuse(ProblemType.FORBIDDEN,
                    "Restoring is an administrator's act: it takes an admin token or an admin's session", request);
        }
        if (write && caller.known() && !caller.writer()) {
            return refuse(ProblemType.FORBIDDEN, "This token may only read: writing takes a token with write scope", request);
        }
        if (!caller.known() && (write || tokens || !openReads || PRIVATE_READS.contains(collection)
                || path.endsWith("/revisions") || path.endsWith("/ocr-runs")
                || path.endsWith("/ocr-draft"))) {
            return refuse(ProblemType.UNAUTHORIZED, write
                    ? "Writing takes an API token with write scope (Authorization: Bearer <token>) or a signed-in editor"
                    : "This takes an API token (Authorization: Bearer <token>) or a signed-in editor", request);
        }
        if (caller.tokenId() != null) {
            long retryAfter = rateLimits.tryAcquire(caller.tokenId());
            if (retryAfter > 0) {
                return Response.fromResponse(refuse(ProblemType.TOO_MANY_REQUESTS,
                        "This token has made too many requests; retry after " + retryAfter + " s", request))
                        .header(HttpHeaders.RETRY_AFTER, retryAfter).build();
            }
        }
        return null;
    }

    private static Response refuse(ProblemType type, String detail, ContainerRequestContext request) {
        Problem problem = Problem.of(type, detail).withInstance(request.getUriInfo().getRequestUri().getRawPath());
        Response.ResponseBuilder response = Response.status(type.status()).entity(problem).type(Problem.MEDIA_TYPE);
        if (type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"emend\"");
        }
        return response.build();
    }
}
