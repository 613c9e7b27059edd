package org.emend.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.emend.failure.Failure;

/** How a console form that starts work answers: back to a page, with a note saying what became of it. */
public final class Notes {

    private Notes() {
    }

    /** A redirect to {@code path} showing {@code note}. */
    public static Response seeOther(String path, String note) {
        return Response.seeOther(URI.create(path + "?note=" + URLEncoder.encode(note, StandardCharsets.UTF_8))).build();
    }

    /** Does {@code request}, then redirects to {@code path} with {@code done}, or with why it was refused. */
    public static Response afterRequest(String path, Runnable request, String done) {
        try {
            request.run();
            return seeOther(path, done);
        } catch (Failure problem) {
            return seeOther(path, problem.detail());
        }
    }
}
