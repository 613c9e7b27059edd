package org.emend.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.emend.web.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The console shows errors as pages, not as the API's problem documents: the same exception
 * mappers answer, and this filter renders their problem for a person to read. A form refused for
 * its missing or stale CSRF token (a page left open too long) is answered with what was typed in
 * it, so nothing is lost.
 */
public class ConsoleErrors {

    /** Form fields that carry no one's typing: ids, versions, tokens, buttons, passwords. */
    private static final Pattern MACHINE_FIELDS = Pattern
            .compile(
                    "(kind|id|version|digest|status)-\\d+|action|left|csrf-token|scope|regex|matchCase|accept|revision|.*password.*");

    /** A field of the refused form and what was typed in it. */
    public record Typed(String name, String value) {
    }

    @CheckedTemplate(basePath = "ConsoleErrors")
    static class Templates {
        static native TemplateInstance error(Problem problem);

        static native TemplateInstance expired(String back, List<Typed> typed);
    }

    @ServerResponseFilter
    public void render(ResteasyReactiveContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/console")) {
            return;
        }
        if (response.getEntity() instanceof Problem problem) {
            response.setEntity(Templates.error(problem).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            // quarkus-rest-csrf refuses a form without its token with a bare 400
            String back = path.matches("/console/(pages|articles|history/[a-z]+)/[0-9a-f-]{36}") ? path : "/console";
            response.setEntity(Templates.expired(back, typed(request)).render(), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private static List<Typed> typed(ResteasyReactiveContainerRequestContext request) {
        List<Typed> typed = new ArrayList<>();
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            FormData form = context.getFormData();
            for (String name : form) {
                if (MACHINE_FIELDS.matcher(name).matches()) {
                    continue;
                }
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem() && !value.getValue().isBlank()) {
                        typed.add(new Typed(name, value.getValue()));
                    }
                }
            }
        }
        return typed;
    }
}
