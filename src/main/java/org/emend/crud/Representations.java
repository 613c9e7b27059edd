package org.emend.crud;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.emend.failure.Failure;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses that carry one record: with its ETag, and 304 when the client's copy is current. */
public final class Representations {

    private Representations() {
    }

    /** A read, answered with 304 when {@code If-None-Match} names the current tag. */
    public static <V extends Versioned> RestResponse<V> read(Request request, V view) {
        return read(request, view, Etags.of(view.version()));
    }

    /** A read whose tag also covers more than the record itself (embedded children). */
    public static <V> RestResponse<V> read(Request request, V view, String tagValue) {
        EntityTag tag = new EntityTag(tagValue);
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition != null) {
            if (precondition.build().getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
                return RestResponse.ResponseBuilder.<V> notModified(tag).build();
            }
            throw new Failure(Failure.Kind.STALE_VERSION, "The record's current entity tag is " + tag);
        }
        return RestResponse.ResponseBuilder.ok(view).tag(tag).build();
    }

    /** 304 when {@code If-None-Match} names {@code tagValue}, else null: the caller builds the body. */
    public static <V> RestResponse<V> notModified(Request request, String tagValue) {
        EntityTag tag = new EntityTag(tagValue);
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        return precondition != null && precondition.build().getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()
                ? RestResponse.ResponseBuilder.<V> notModified(tag).build()
                : null;
    }

    public static <V extends Versioned> RestResponse<V> updated(V view) {
        return RestResponse.ResponseBuilder.ok(view).tag(new EntityTag(Etags.of(view.version()))).build();
    }

    public static <V extends Versioned> RestResponse<V> created(URI location, V view) {
        return RestResponse.ResponseBuilder.<V> created(location).entity(view)
                .tag(new EntityTag(Etags.of(view.version()))).build();
    }
}
