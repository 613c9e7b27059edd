package org.emend.archive;

import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.failure.Failure;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/exports")
@Tag(name = "Archival export", description = "BagIt packages of journals, issues or everything, with JATS XML and full-fidelity JSON")
public class ExportResource {

    static final String AGENT = "Emend (https://github.com/emend)";

    private final ArchiveExport export;

    ExportResource(ArchiveExport export) {
        this.export = export;
    }

    @GET
    @Path("issues/{id}")
    @Produces({ "application/zip", "application/x-tar" })
    @Operation(summary = "An issue as a BagIt bag, streamed")
    public Response issue(UUID id,
            @Parameter(description = "zip (default) or tar") @RestQuery @DefaultValue("zip") String format) {
        return bag(ArchiveExport.Scope.issue(id), format);
    }

    @GET
    @Path("journals/{id}")
    @Produces({ "application/zip", "application/x-tar" })
    @Operation(summary = "A journal with all its issues as a BagIt bag, streamed")
    public Response journal(UUID id, @RestQuery @DefaultValue("zip") String format) {
        return bag(ArchiveExport.Scope.journal(id), format);
    }

    @GET
    @Path("all")
    @Produces({ "application/zip", "application/x-tar" })
    @Operation(summary = "The whole archive as a BagIt bag, streamed")
    public Response all(@RestQuery @DefaultValue("zip") String format) {
        return bag(ArchiveExport.Scope.all(), format);
    }

    private Response bag(ArchiveExport.Scope scope, String format) {
        BagWriter.Format bagFormat = switch (format) {
            case "zip" -> BagWriter.Format.ZIP;
            case "tar" -> BagWriter.Format.TAR;
            default -> throw Failure.malformed("Query parameter format is zip or tar");
        };
        if (!export.exists(scope)) {
            throw Failure.notFound(scope.kind(), scope.id());
        }
        String name = "emend-" + scope.kind() + (scope.id() == null ? "" : "-" + scope.id())
                + (bagFormat == BagWriter.Format.ZIP ? ".zip" : ".tar");
        StreamingOutput body = out -> export.write(scope, bagFormat, out, AGENT);
        return Response.ok(body, bagFormat == BagWriter.Format.ZIP ? "application/zip" : "application/x-tar")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
