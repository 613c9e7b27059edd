package org.emend.web;

import java.util.UUID;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Anything else is a bug, logged in full under an id and answered with that id only; unless the
 * database is out of reach (a restart, say), which is a 503 the client can retry, or the body
 * could not even be read as the form it claims to be, which is the client's.
 */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public RestResponse<Problem> map(Throwable exception, UriInfo uriInfo) {
        if (UnreadableFormBody.causes(exception)) {
            return Problems.response(UnreadableFormBody.problem(exception), uriInfo);
        }
        if (DatabaseOutage.causes(exception)) {
            LOG.warnf("Database out of reach on %s: %s", uriInfo.getRequestUri().getRawPath(), exception.getMessage());
            RestResponse<Problem> unavailable = Problems.response(Problem.of(ProblemType.DATABASE_UNAVAILABLE,
                    "The database cannot be reached for the moment; retry in a few seconds"), uriInfo);
            return RestResponse.ResponseBuilder.fromResponse(unavailable)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure %s on %s", incident, uriInfo.getRequestUri().getRawPath());
        return Problems.response(Problem.of(ProblemType.INTERNAL,
                "The server could not complete the request (incident " + incident + ")"), uriInfo);
    }
}
