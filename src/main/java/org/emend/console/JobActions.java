package org.emend.console;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.jobs.JobQueue;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Stopping background work from the pages that follow it (an article's, an issue's). */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class JobActions {

    private final JobQueue jobs;

    JobActions(JobQueue jobs) {
        this.jobs = jobs;
    }

    /** Stops a job (pages under way finish), then back to the console page it was stopped from. */
    @POST
    @Path("jobs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response cancel(@RestPath UUID id, @RestForm String back) {
        // Only back into the console: the form names the page, nothing else may
        String page = back != null && back.matches("/console/[A-Za-z0-9/-]{0,200}") ? back : "/console";
        return Notes.afterRequest(page, () -> jobs.cancel(id),
                "The work is stopped: what was under way finishes, the rest is left undone.");
    }
}
