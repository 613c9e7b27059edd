package org.emend.imports;

import jakarta.ws.rs.core.UriInfo;

import org.emend.ocr.text.RejectedInput;
import org.emend.web.Problem;
import org.emend.web.ProblemType;
import org.emend.web.Problems;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An OCR dump the importer cannot take: binary files, undecodable text, too much of it. */
public class RejectedInputMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(RejectedInput exception, UriInfo uriInfo) {
        ProblemType type = switch (exception.reason()) {
            case BINARY -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            default -> ProblemType.UNREADABLE_INPUT;
        };
        return Problems.response(Problem.of(type, exception.getMessage()), uriInfo);
    }
}
