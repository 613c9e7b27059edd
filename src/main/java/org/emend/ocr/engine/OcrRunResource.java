package org.emend.ocr.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.failure.Failure;
import org.emend.jobs.JobQueue;
import org.emend.jobs.JobView;
import org.emend.ocr.lines.Hocr;
import org.emend.persistence.Rows;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Pages", description = "Printed pages as OCR'd, with their furniture")
public class OcrRunResource {

    private final EntityManager entityManager;
    private final OcrRequests requests;
    private final JobQueue jobs;
    private final CurrentActor actor;

    OcrRunResource(EntityManager entityManager, OcrRequests requests, JobQueue jobs, CurrentActor actor) {
        this.entityManager = entityManager;
        this.requests = requests;
        this.jobs = jobs;
        this.actor = actor;
    }

    @POST
    @Path("pages/{id}/ocr")
    @Operation(summary = "Read the page again with Tesseract, in the languages named (or its article's)", description = """
            Queues a job (answered 202, its Location the job) that reads the page rendered from the PDF it came \
            from, or else its uploaded scan, and keeps the result as a new OCR run; the blocks are not changed. \
            A page without a PDF or a scan is a 409.""")
    @APIResponse(responseCode = "202", description = "Queued: follow the job", content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    public RestResponse<JobView> ocr(@RestPath UUID id, @Valid OcrRequest request, UriInfo uriInfo) {
        return accepted(requests.queue(id, request == null ? List.of() : request.languagesOrNone(), actor.get().name()),
                uriInfo);
    }

    @POST
    @Path("articles/{id}/ocr")
    @Operation(summary = "Read an article's pages again with Tesseract: those named, or all with a PDF or a scan", description = """
            One job (answered 202, its Location the job), a task per page, as for a page. Each page's draft \
            goes straight into its blocks where no editor has touched them, and waits to be accepted elsewhere.""")
    @APIResponse(responseCode = "202", description = "Queued: follow the job", content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    public RestResponse<JobView> ocrArticle(@RestPath UUID id, @Valid OcrRequest request, UriInfo uriInfo) {
        return accepted(requests.queueArticle(id, request == null ? List.of() : request.pageIdsOrAll(),
                request == null ? List.of() : request.languagesOrNone(), actor.get().name()), uriInfo);
    }

    @POST
    @Path("issues/{id}/ocr")
    @Operation(summary = "Read every page of an issue's articles again with Tesseract", description = """
            One job (answered 202, its Location the job), a task per page with a PDF or a scan.""")
    @APIResponse(responseCode = "202", description = "Queued: follow the job", content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    public RestResponse<JobView> ocrIssue(@RestPath UUID id, @Valid OcrRequest request, UriInfo uriInfo) {
        return accepted(requests.queueIssue(id, request == null ? List.of() : request.languagesOrNone(), actor.get().name()),
                uriInfo);
    }

    private RestResponse<JobView> accepted(UUID job, UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.<JobView> create(RestResponse.Status.ACCEPTED)
                .location(uriInfo.getBaseUriBuilder().path("api/v1/jobs/{id}").build(job)).entity(jobs.view(job)).build();
    }

    @GET
    @Path("pages/{id}/ocr-runs")
    @Operation(summary = "The OCR runs of a page, newest first: engine, languages, confidence, and the text line by line")
    public List<OcrRunView> list(@RestPath UUID id) {
        if (((Number) entityManager.createNativeQuery("SELECT count(*) FROM page WHERE id = :id").setParameter("id", id)
                .getSingleResult()).longValue() == 0) {
            throw Failure.notFound("page", id);
        }
        List<RunRow> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT id, page_id, job_id, engine, engine_version, languages, settings, mean_confidence, text, hocr, created_at
                FROM ocr_run WHERE page_id = :id ORDER BY created_at DESC, id DESC""").setParameter("id", id), RunRow.class);
        return rows.stream().map(row -> new OcrRunView(row.id(), row.pageId(), row.jobId(), row.engine(), row.engineVersion(),
                row.languages(), row.settings(), row.meanConfidence(), row.text(), Hocr.read(row.hocr()).lines(),
                row.createdAt())).toList();
    }

    private record RunRow(UUID id, UUID pageId, UUID jobId, String engine, String engineVersion, String languages,
            String settings, Double meanConfidence, String text, String hocr, Instant createdAt) {
    }

}
