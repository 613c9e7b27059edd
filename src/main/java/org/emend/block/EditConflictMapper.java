package org.emend.block;

import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.emend.web.Problem;
import org.emend.web.ProblemType;
import org.emend.web.Problems;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** In the API, a save on a stale version is a failed precondition, pointing at the current block. */
public class EditConflictMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(EditConflict conflict, UriInfo uriInfo) {
        return Problems.response(Problem.of(ProblemType.STALE_VERSION, conflict.getMessage()
                + "; it is at version " + conflict.currentVersion())
                .withLinks(Map.of("current", "/api/v1/" + conflict.kind().collection() + "/" + conflict.blockId())), uriInfo);
    }
}
