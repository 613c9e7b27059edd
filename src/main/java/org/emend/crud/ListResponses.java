package org.emend.crud;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** List responses: the page, and a {@code Link: <...>; rel="next"} header when there is more. */
public final class ListResponses {

    private ListResponses() {
    }

    public static <T> RestResponse<ListPage<T>> of(UriInfo uriInfo, ListPage<T> page) {
        RestResponse.ResponseBuilder<ListPage<T>> response = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            response.links(Link.fromUri(uriInfo.getRequestUriBuilder().replaceQueryParam("after", page.nextCursor()).build())
                    .rel("next").build());
        }
        return response.build();
    }
}
