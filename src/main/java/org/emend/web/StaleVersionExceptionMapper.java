package org.emend.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A concurrent write got in first: the caller's copy is stale. */
public class StaleVersionExceptionMapper {

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<Problem> map(RuntimeException exception, UriInfo uriInfo) {
        return Problems.response(Problem.of(ProblemType.STALE_VERSION,
                "The record was changed by someone else meanwhile; fetch it again and reapply your change"), uriInfo);
    }
}
