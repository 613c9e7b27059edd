package org.emend.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.archive.ArchiveRestores;
import org.emend.archive.RestoreLogView;
import org.emend.crud.ListPage;
import org.emend.crud.PageRequest;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The restore log, for admins only (the HTTP policy guards the path): every restore, newest first. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class RestoresPage {

    private static final int PER_PAGE = 50;

    private final ArchiveRestores restores;

    RestoresPage(ArchiveRestores restores) {
        this.restores = restores;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance restores(ListPage<RestoreLogView> log);
    }

    @GET
    @Path("restores")
    @Operation(hidden = true)
    public TemplateInstance list(@RestQuery String after) {
        return Templates.restores(restores.log(new PageRequest(after, PER_PAGE)));
    }
}
