package org.emend.web;

import java.util.UUID;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Anything else is a bug: logged in full under an id, answered with that id only. */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public RestResponse<Problem> map(Throwable exception, UriInfo uriInfo) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure %s on %s", incident, uriInfo.getRequestUri().getRawPath());
        return Problems.response(ProblemException.of(ProblemType.INTERNAL,
                "The server could not complete the request (incident " + incident + ")"), uriInfo);
    }
}
