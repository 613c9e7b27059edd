package org.emend.console.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.block.BlockKind;
import org.emend.console.ConsoleQueries;
import org.emend.console.Notes;
import org.emend.failure.Failure;
import org.emend.images.ImageService;
import org.emend.ocr.engine.OcrRequests;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The page editor: one page's OCR original (and scan) beside its blocks, each editable. Saves
 * post back here; a clean save redirects (post-redirect-get), a conflict or an error shows the
 * page again with the editor's text kept.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class PageEditor {

    private final PageEditorService pages;
    private final ConsoleQueries queries;
    private final ImageService images;
    private final CurrentActor actor;
    private final OcrRequests ocr;

    PageEditor(PageEditorService pages, ConsoleQueries queries, ImageService images, CurrentActor actor, OcrRequests ocr) {
        this.pages = pages;
        this.queries = queries;
        this.images = images;
        this.actor = actor;
        this.ocr = ocr;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageView page, boolean admin);
    }

    @GET
    @Path("pages/{id}")
    @Operation(hidden = true)
    public TemplateInstance page(@RestPath UUID id, @RestQuery Integer saved, @RestQuery String note,
            @RestQuery String left) {
        return Templates.page(pages.view(id, message(saved, note), Trail.parse(left).toString()), actor.get().admin());
    }

    @POST
    @Path("pages/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Object save(@RestPath UUID id, MultivaluedMap<String, String> form) {
        String action = form.getFirst("action") == null ? "save" : form.getFirst("action");
        Trail trail = Trail.parse(form.getFirst("left"));
        List<PageEditorService.Submitted> blocks = submitted(form);
        if (action.startsWith("restore-block-")) {
            return restore(id, blocks.get(blockIndex(action, "restore-block-", blocks.size())), trail);
        }
        if (action.startsWith("accept-ocr")) {
            return acceptOcr(id, action, form.getFirst("ocr-run"), blocks, trail);
        }
        Integer only = action.startsWith("save-block-") ? blockIndex(action, "save-block-", blocks.size()) : null;
        PageEditorService.Outcome outcome = pages.save(blocks, only, actor.get());
        if (!outcome.failed().isEmpty()) {
            String message = (outcome.saved() > 0 ? "Saved " + outcome.saved() + " block(s); " : "")
                    + outcome.failed().size() + " could not be saved: your text is kept below.";
            return Templates.page(pages.view(id, outcome.failed(), message, trail.toString()), actor.get().admin());
        }
        if (!"save-next".equals(action)) {
            return seeOther(id, "saved=" + outcome.saved(), trail);
        }
        Trail left = trail.plus(id);
        UUID next = queries.nextPageToCorrect(id, left.pages());
        if (next == null) {
            return seeOther(id, "note=" + encode(message(outcome.saved(), null)
                    + " Nothing is left to correct in this issue: every other page's blocks are corrected or verified."),
                    trail);
        }
        return seeOther(next, "saved=" + outcome.saved(), left);
    }

    private Object restore(UUID id, PageEditorService.Submitted block, Trail trail) {
        PageEditorService.Restored restored = pages.restoreImported(block, actor.get());
        if (restored.failed() != null) {
            return Templates.page(pages.view(id, List.of(restored.failed()), "The block could not be restored: see below.",
                    trail.toString()), actor.get().admin());
        }
        return seeOther(id, "note=" + encode(restored.changed() ? "Restored the block's text as imported."
                : "Nothing to restore: the block still has its text as imported."), trail);
    }

    /**
     * Takes the OCR draft: one block's ({@code accept-ocr-<index>}), a new block's
     * ({@code accept-ocr:<key>}) or all of it ({@code accept-ocr-all}); the last two change the
     * page's blocks, so what the editor typed elsewhere is saved first, and left as typed.
     */
    private Object acceptOcr(UUID id, String action, String run, List<PageEditorService.Submitted> blocks, Trail trail) {
        UUID runId;
        try {
            runId = UUID.fromString(run);
        } catch (RuntimeException e) {
            throw Failure.malformed("The form names no OCR run; reload the page");
        }
        Map<String, Long> accepted = new LinkedHashMap<>();
        PageEditorService.Submitted shown = null;
        if (action.startsWith("accept-ocr-") && !action.equals("accept-ocr-all")) {
            shown = blocks.get(blockIndex(action, "accept-ocr-", blocks.size()));
            accepted.put(shown.kind().name().toLowerCase() + ":" + shown.id(), shown.version());
        } else {
            PageEditorService.Outcome outcome = pages.save(blocks, null, actor.get());
            if (!outcome.failed().isEmpty()) {
                return Templates.page(pages.view(id, outcome.failed(), "Your changes could not all be saved, so the OCR"
                        + " draft was not taken: see below.", trail.toString()), actor.get().admin());
            }
            if (action.equals("accept-ocr-all")) {
                pages.ocrChanges(id, runId, blocks).forEach(key -> accepted.put(key, null));
            } else {
                accepted.put(action.substring("accept-ocr:".length()), null);
            }
        }
        PageEditorService.Restored taken = pages.acceptOcr(id, runId, accepted, shown, actor.get());
        if (taken.failed() != null) {
            return Templates.page(pages.view(id, List.of(taken.failed()), "The OCR text was not taken: see below.",
                    trail.toString()), actor.get().admin());
        }
        return seeOther(id, "note=" + encode(taken.changed() ? "Took the OCR text."
                : "Nothing to take: the blocks say"
                        + " what the OCR read."),
                trail);
    }

    @POST
    @Path("pages/{id}/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response uploadImage(@RestPath UUID id, @RestForm("image") FileUpload image) throws IOException {
        if (image == null || image.size() == 0) {
            return Response.seeOther(URI.create("/console/pages/" + id + "?note=Choose%20an%20image%20file%20first.")).build();
        }
        String note;
        try (InputStream in = Files.newInputStream(image.uploadedFile())) {
            images.store(id, images.read(in));
            note = "The scan is stored.";
        } catch (Failure e) {
            note = e.detail();
        }
        return Notes.seeOther("/console/pages/" + id, note);
    }

    @POST
    @Path("pages/{id}/ocr")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response readAgain(@RestPath UUID id, @RestForm String languages) {
        return Notes.afterRequest("/console/pages/" + id, () -> {
            if (languages != null && !languages.matches("([a-z_]{3,16}\\+){0,3}[a-z_]{3,16}|")) {
                throw Failure.malformed("Choose the languages from the list");
            }
            ocr.queue(id, languages == null || languages.isEmpty() ? List.of() : List.of(languages.split("\\+")),
                    actor.get().name());
        }, "The scan is being read again (OCR): its draft appears here when it is done, in a few seconds.");
    }

    private static String message(Integer saved, String note) {
        return note != null ? note
                : saved == null ? null
                        : saved == 0 ? "Nothing had changed." : saved == 1 ? "Saved 1 block." : "Saved " + saved + " blocks.";
    }

    private static int blockIndex(String action, String prefix, int blocks) {
        try {
            int index = Integer.parseInt(action.substring(prefix.length()));
            if (index >= 0 && index < blocks) {
                return index;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw Failure.malformed("The form names no block " + action.substring(prefix.length()) + "; reload the page");
    }

    private static Response seeOther(UUID page, String query, Trail trail) {
        return Response.seeOther(URI.create("/console/pages/" + page + "?" + query
                + (trail.isEmpty() ? "" : "&left=" + trail))).build();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<PageEditorService.Submitted> submitted(MultivaluedMap<String, String> form) {
        List<PageEditorService.Submitted> blocks = new ArrayList<>();
        for (int i = 0; form.containsKey("id-" + i); i++) {
            try {
                blocks.add(new PageEditorService.Submitted(BlockKind.fromString(form.getFirst("kind-" + i)),
                        UUID.fromString(form.getFirst("id-" + i)), Long.parseLong(form.getFirst("version-" + i)),
                        form.getFirst("digest-" + i), form.getFirst("heading-" + i), form.getFirst("marker-" + i),
                        form.getFirst("text-" + i),
                        form.getFirst("status-" + i), form.getFirst("comment-" + i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw Failure.malformed("The form's block " + i + " is incomplete; reload the page");
            }
        }
        return blocks;
    }
}
