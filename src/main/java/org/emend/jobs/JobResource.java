package org.emend.jobs;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/jobs")
@Tag(name = "Jobs", description = "Background work (rendering a PDF's pages): progress, cancel, retry")
public class JobResource {

    private final JobQueue queue;

    JobResource(JobQueue queue) {
        this.queue = queue;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job's progress: tasks done and failed of the total, rate, time left, what failed")
    public JobView get(@RestPath UUID id) {
        return queue.view(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Stop a job: tasks not yet taken are not done")
    public JobView cancel(@RestPath UUID id) {
        return queue.cancel(id);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Queue again the tasks of a job that failed or were cancelled")
    public JobView retry(@RestPath UUID id) {
        return queue.retry(id);
    }
}
