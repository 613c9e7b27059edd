package org.emend.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1")
@Tag(name = "Pages", description = "Printed pages as OCR'd, with their furniture")
public class OcrDraftResource {

    private final OcrDrafts drafts;
    private final CurrentActor actor;

    OcrDraftResource(OcrDrafts drafts, CurrentActor actor) {
        this.drafts = drafts;
        this.actor = actor;
    }

    @GET
    @Path("pages/{id}/ocr-draft")
    @Operation(summary = "The page's OCR draft: each block beside what an OCR run read for it, with the difference", description = """
            The page's latest run unless runId names another. Blocks the run found more of than the page has \
            are new (key footnote:new:1); blocks it found nothing for would be emptied.""")
    @Transactional
    public DraftView get(@RestPath UUID id, @RestQuery UUID runId) {
        return view(drafts.run(id, runId));
    }

    @POST
    @Path("pages/{id}/ocr-draft")
    @Operation(summary = "Accept blocks of the OCR draft", description = """
            Each accepted block takes the engine's text in a revision tagged with the run (machine-made, \
            revertible like any other); the block's OCR original stays. A block changed since the version sent \
            is a 409 and nothing is written.""")
    public DraftView accept(@RestPath UUID id, @Valid @NotNull DraftAcceptance acceptance) {
        Map<String, Long> chosen = new LinkedHashMap<>();
        acceptance.blocks().forEach(choice -> chosen.put(choice.key(), choice.version()));
        OcrDrafts.Run run = drafts.run(id, acceptance.runId());
        drafts.accept(id, run.id(), chosen, actor.get());
        return get(id, run.id());
    }

    private DraftView view(OcrDrafts.Run run) {
        return new DraftView(run.id(), run.pageId(), run.engine() + " " + run.engineVersion(), run.languages(),
                drafts.handEdited(run.pageId()), drafts.pairs(run).stream().map(DraftView.Block::of).toList());
    }
}
