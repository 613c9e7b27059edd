package org.emend.web;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class ProblemExceptionMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(ProblemException exception, UriInfo uriInfo) {
        return Problems.response(exception.problem(), uriInfo);
    }
}
