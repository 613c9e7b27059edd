package org.emend.console.editor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.abstracts.ArticleAbstract;
import org.emend.block.BlockEditor;
import org.emend.block.BlockKind;
import org.emend.block.BlockStatus;
import org.emend.block.Edit;
import org.emend.block.EditConflict;
import org.emend.block.Revision;
import org.emend.block.TextBlock;
import org.emend.draft.OcrDrafts;
import org.emend.failure.Failure;
import org.emend.footnote.Footnote;
import org.emend.history.Diffs;
import org.emend.history.RevisionService;
import org.emend.images.PageImage;
import org.emend.page.Page;
import org.emend.persistence.Lookups;
import org.emend.persistence.Sha256;
import org.emend.persistence.Snapshots;
import org.emend.section.Section;
import org.emend.users.Actor;

/**
 * Reads a page with its blocks for the editor, and saves the blocks the editor changed: each
 * block on its own (its own transaction), so a conflict on one loses none of the others.
 */
@ApplicationScoped
public class PageEditorService {

    private final BlockEditor editor;
    private final RevisionService revisions;
    private final OcrDraftPanel ocrDrafts;
    private final OcrDrafts drafts;
    private final Snapshots snapshots;

    PageEditorService(BlockEditor editor, RevisionService revisions, OcrDraftPanel ocrDrafts, OcrDrafts drafts,
            Snapshots snapshots) {
        this.editor = editor;
        this.revisions = revisions;
        this.ocrDrafts = ocrDrafts;
        this.drafts = drafts;
        this.snapshots = snapshots;
    }

    /**
     * Takes blocks of an OCR run's draft, named by their keys with the versions the editor saw
     * ({@code null}: as they are now); a block changed meanwhile is refused with its form.
     */
    public Restored acceptOcr(UUID pageId, UUID runId, Map<String, Long> accepted, Submitted shown, Actor actor) {
        try {
            return new Restored(drafts.accept(pageId, runId, accepted, actor) > 0, null);
        } catch (EditConflict conflict) {
            return new Restored(false, shown == null ? null : conflicted(shown, conflict));
        }
    }

    /** One block as the form sent it back. */
    public record Submitted(BlockKind kind, UUID id, long version, String digest, String heading, String marker, String text,
            String status, String comment) {
    }

    /** What became of a save: how many blocks were saved, and the forms of those that were not. */
    public record Outcome(int saved, List<BlockForm> failed) {
    }

    /** What became of restoring a block as imported: done, already so, or refused (with the form to show). */
    public record Restored(boolean changed, BlockForm failed) {
    }

    public PageView view(UUID pageId, String message, String trail) {
        return view(pageId, List.of(), message, trail);
    }

    /**
     * The page, with {@code failed} forms shown in place of the stored blocks they stand for; its
     * blocks and its OCR draft as of one moment, so a run that commits meanwhile is seen whole or not at all.
     */
    public PageView view(UUID pageId, List<BlockForm> failed, String message, String trail) {
        return snapshots.read(() -> readView(pageId, failed, message, trail));
    }

    private PageView readView(UUID pageId, List<BlockForm> failed, String message, String trail) {
        Page page = Lookups.require(Page.class, pageId, "page");
        List<BlockForm> blocks = new ArrayList<>();
        int number = 1;
        for (Section section : Section.onPage(pageId)) {
            String label = section.heading != null ? "Section " + section.ordinal + ", level " + section.level
                    : section.continuesPrevious ? "Section " + section.ordinal + ", continued from the page before"
                            : "Section " + section.ordinal;
            // A continued section's heading is on an earlier page: no field for one here
            boolean headed = section.heading != null || !section.continuesPrevious;
            blocks.add(replaced(form(section, label, section.article.language, headed, null), failed));
        }
        for (Footnote footnote : Footnote.onPage(pageId)) {
            String label = "Footnote " + (footnote.numberOnPage == null ? number : footnote.numberOnPage) + " on this page ("
                    + footnote.ordinal + " in the article)";
            blocks.add(replaced(form(footnote, label, footnote.language, false,
                    footnote.marker == null ? "" : footnote.marker), failed));
            number++;
        }
        for (ArticleAbstract summary : ArticleAbstract.onPage(pageId)) {
            blocks.add(replaced(form(summary, "Abstract (" + summary.language + ")" + (summary.incomplete ? ", cut off" : ""),
                    summary.language, false, null), failed));
        }
        List<Page> neighbours = Page.list("article.id = ?1 and sequence in (?2, ?3) order by sequence", page.article.id,
                page.sequence - 1, page.sequence + 1);
        UUID previous = neighbours.stream().filter(p -> p.sequence == page.sequence - 1).map(p -> p.id).findFirst()
                .orElse(null);
        UUID next = neighbours.stream().filter(p -> p.sequence == page.sequence + 1).map(p -> p.id).findFirst().orElse(null);
        long pages = Page.count("article.id", page.article.id);
        return new PageView(page.id, page.article.id, page.article.title, page.article.language, page.sequence,
                page.printedNumber, page.printedNumberInferred, page.runningHead, page.watermark, page.ocrOriginal,
                percent(page.garbleScore), PageImage.count("pageId", page.id) > 0, previous, next, (int) pages, blocks,
                message, trail == null ? "" : trail, ocrDrafts.of(page.id));
    }

    /** The keys of the run's draft that would change the page, leaving out blocks the editor changed in {@code form}. */
    public List<String> ocrChanges(UUID pageId, UUID runId, List<Submitted> form) {
        List<String> typed = form.stream()
                .filter(block -> !digest(block.heading(), block.marker(), block.text(), block.status()).equals(block.digest()))
                .map(block -> block.kind().name().toLowerCase() + ":" + block.id()).toList();
        return drafts.pairs(drafts.run(pageId, runId)).stream().filter(pair -> pair.changes())
                .map(pair -> pair.key()).filter(key -> !typed.contains(key)).toList();
    }

    /** Saves the changed blocks (or the one asked for), each in its own transaction. */
    public Outcome save(List<Submitted> blocks, Integer only, Actor actor) {
        int saved = 0;
        List<BlockForm> failed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Submitted block = blocks.get(i);
            boolean changed = !digest(block.heading(), block.marker(), block.text(), block.status()).equals(block.digest());
            if (only != null ? only != i : !changed) {
                continue;
            }
            try {
                BlockStatus requested = block.status() == null || block.status().isBlank() ? null
                        : BlockStatus.fromString(block.status());
                Revision revision = editor.edit(block.kind(), block.id(), block.version(),
                        new BlockEditor.Change(block.heading(), normalise(block.text()), requested).withMarker(block.marker()),
                        Edit.commented(block.comment()), actor);
                if (revision != null || editor.find(block.kind(), block.id()).version != block.version()) {
                    saved++;
                }
            } catch (EditConflict conflict) {
                failed.add(conflicted(block, conflict));
            } catch (Failure problem) {
                failed.add(errored(block, problem.detail() + problem.fieldErrors().stream()
                        .map(error -> " " + error.field() + " " + error.message()).reduce("", String::concat)));
            }
        }
        return new Outcome(saved, failed);
    }

    /** Puts one block back to its text as imported, as the editor's form asked. */
    public Restored restoreImported(Submitted block, Actor actor) {
        try {
            return new Restored(
                    revisions.restoreImported(block.kind(), block.id(), block.version(), block.comment(), actor) != null,
                    null);
        } catch (EditConflict conflict) {
            return new Restored(false, conflicted(block, conflict));
        } catch (Failure problem) {
            return new Restored(false, errored(block, problem.detail()));
        }
    }

    /** The fingerprint of what a block's form holds: heading, marker, text and status asked for. */
    public static String digest(String heading, String marker, String text, String status) {
        String joined = (heading == null ? "" : heading) + '\u0000' + (marker == null ? "" : marker) + '\u0000'
                + normalise(text) + '\u0000' + (status == null ? "" : status);
        return HexFormat.of().formatHex(Sha256.of(joined.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    /** Browsers send line breaks as CRLF: the text compared is the one the editor sees. */
    public static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    private BlockForm conflicted(Submitted mine, EditConflict conflict) {
        Revision last = Revision.lastTextChange(mine.kind(), mine.id());
        TextBlock current = editor.find(mine.kind(), mine.id());
        BlockForm.Conflict theirs = new BlockForm.Conflict(conflict.currentVersion(), conflict.currentHeading(),
                conflict.currentText(), conflict.currentStatus().name().toLowerCase(),
                last == null ? "someone" : last.authorName,
                Diffs.words(conflict.currentText(), normalise(mine.text())));
        // Saving again from here is a deliberate choice over their version: the form is based on it.
        return new BlockForm(mine.kind(), mine.id(), conflict.currentVersion(), "", mine.heading() != null, mine.heading(),
                mine.marker(), normalise(mine.text()), current.status.name().toLowerCase(), mine.status(),
                percent(current.garbleScore), current.ocrOriginal, null,
                digest(conflict.currentHeading(), markerOf(current), conflict.currentText(), ""), theirs, null);
    }

    private BlockForm errored(Submitted mine, String error) {
        TextBlock current = editor.find(mine.kind(), mine.id());
        return new BlockForm(mine.kind(), mine.id(), mine.version(), "", mine.heading() != null, mine.heading(),
                mine.marker(), normalise(mine.text()), current.status.name().toLowerCase(), mine.status(),
                percent(current.garbleScore), current.ocrOriginal, null, mine.digest(), null, error);
    }

    private static BlockForm form(TextBlock block, String label, String language, boolean headed, String marker) {
        return new BlockForm(block.kind(), block.id, block.version, label, headed, block.heading(), marker, block.text,
                block.status.name().toLowerCase(), "", percent(block.garbleScore), block.ocrOriginal, language,
                digest(block.heading(), marker, block.text, ""), null, null);
    }

    /** A footnote's marker as its form shows it (empty when the OCR lost it); none for other blocks. */
    private static String markerOf(TextBlock block) {
        return block instanceof Footnote footnote ? (footnote.marker == null ? "" : footnote.marker) : null;
    }

    /** A failed form keeps the editor's text, but the label and language of the stored block. */
    private static BlockForm replaced(BlockForm stored, List<BlockForm> failed) {
        return failed.stream().filter(form -> Objects.equals(form.id(), stored.id())).findFirst()
                .map(form -> new BlockForm(form.kind(), form.id(), form.version(), stored.label(), stored.hasHeading(),
                        form.heading(), form.marker(), form.text(), form.status(), form.requested(), stored.garble(),
                        stored.ocrOriginal(),
                        stored.language(), form.digest(), form.conflict(), form.error()))
                .orElse(stored);
    }

    private static int percent(Double score) {
        return score == null ? -1 : (int) Math.round(score * 100);
    }
}
