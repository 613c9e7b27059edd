package org.emend.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.emend.web.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The console shows errors as pages, not as the API's problem documents: the same exception
 * mappers answer, and this filter renders their problem for a person to read.
 */
public class ConsoleErrors {

    @CheckedTemplate(basePath = "ConsoleErrors")
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    @ServerResponseFilter
    public void render(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && request.getUriInfo().getPath().startsWith("/console")) {
            response.setEntity(Templates.error(problem).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
