package org.emend.crud;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;

import org.emend.web.QueryParameters;
import org.jboss.resteasy.reactive.RestQuery;

/** The {@code limit} and {@code after} query parameters every list takes. */
public class PageParams implements QueryParameters {

    @RestQuery
    @DefaultValue("" + PageRequest.DEFAULT_LIMIT)
    @Min(1)
    @Max(PageRequest.MAX_LIMIT)
    public int limit;

    @RestQuery
    public String after;

    public PageRequest toRequest() {
        return new PageRequest(after, limit);
    }
}
