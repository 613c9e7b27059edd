package org.emend.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.crud.ListPage;
import org.emend.crud.ListResponses;
import org.emend.crud.PageParams;
import org.emend.failure.Failure;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/jobs")
@Tag(name = "Jobs", description = "Background work (rendering a PDF's pages): progress, cancel, retry")
public class JobResource {

    private static final List<String> STATUSES = List.of("queued", "running", "done", "failed", "cancelled");

    private final JobQueue queue;

    JobResource(JobQueue queue) {
        this.queue = queue;
    }

    @GET
    @Operation(summary = "Jobs, newest first: those of the statuses named (queued, running, done, failed, cancelled), or all")
    public RestResponse<ListPage<JobView>> list(
            @Parameter(description = "A status to list; repeat or separate with commas") @RestQuery("status") List<String> statuses,
            @Valid @BeanParam PageParams page, UriInfo uriInfo) {
        List<String> wanted = statuses == null ? List.of()
                : statuses.stream().flatMap(status -> Arrays.stream(status.split(","))).map(String::strip)
                        .filter(status -> !status.isEmpty()).toList();
        wanted.stream().filter(status -> !STATUSES.contains(status)).findFirst().ifPresent(status -> {
            throw Failure
                    .malformed("Query parameter status is one of " + String.join(", ", STATUSES) + ", not " + status);
        });
        return ListResponses.of(uriInfo, queue.list(wanted, page.toRequest()));
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
