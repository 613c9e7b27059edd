package org.emend.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.emend.abstracts.ArticleAbstract;
import org.emend.block.BlockEditor;
import org.emend.block.BlockHistory;
import org.emend.block.BlockKind;
import org.emend.block.BlockStatus;
import org.emend.block.Edit;
import org.emend.block.TextBlock;
import org.emend.failure.Failure;
import org.emend.footnote.Footnote;
import org.emend.ocr.ImportOptions;
import org.emend.ocr.OcrParser;
import org.emend.ocr.ParsedDump;
import org.emend.ocr.lines.Hocr;
import org.emend.page.Page;
import org.emend.persistence.Lookups;
import org.emend.persistence.Rows;
import org.emend.section.Section;
import org.emend.users.Actor;

/**
 * Turns what an OCR run read into the page's draft. The run's lines go through structure recovery
 * (sections, footnotes, abstracts, with the page's geometry); each block of the page is paired in
 * order with the reading of its kind, readings left over become new blocks after the page's last
 * of their kind, and blocks the run found nothing for are emptied. Taking a reading is a revision
 * tagged with the run (machine-made, revertible); the block's OCR original, what was imported,
 * stays. A page no editor has touched takes its whole draft at once; otherwise the draft waits,
 * block by block, for an editor to accept it.
 */
@ApplicationScoped
public class OcrDrafts {

    private static final int OUT_OF_THE_WAY = 1_000_000_000;

    private final BlockEditor editor;
    private final EntityManager entityManager;

    OcrDrafts(BlockEditor editor, EntityManager entityManager) {
        this.editor = editor;
        this.entityManager = entityManager;
    }

    /** An OCR run, as far as a draft needs it. */
    public record Run(UUID id, UUID pageId, String engine, String engineVersion, String languages, String hocr,
            String articleLanguage) {

        /** Who the run's revisions are by, as history shows it. */
        Actor engineActor() {
            return new Actor(null, null, engine + " " + engineVersion + " (" + languages + ")", false, true);
        }
    }

    /** The structure recovered from a page an engine read. */
    public static ParsedDump recover(Hocr.Page page, String language) {
        return OcrParser.parseLines(page.lines(), page.height(),
                new ImportOptions("UTF-8", language, null, List.of(), ImportOptions.DEFAULT_MAX_PAGES));
    }

    /** The run, or the page's latest when {@code runId} is {@code null}; a 404 when there is none. */
    public Run run(UUID pageId, UUID runId) {
        List<Run> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT r.id, r.page_id, r.engine, r.engine_version, r.languages, r.hocr, a.language AS article_language
                FROM ocr_run r JOIN page p ON p.id = r.page_id JOIN article a ON a.id = p.article_id
                WHERE r.page_id = :page AND (CAST(:run AS uuid) IS NULL OR r.id = CAST(:run AS uuid))
                ORDER BY r.created_at DESC, r.id DESC LIMIT 1""").setParameter("page", pageId).setParameter("run", runId),
                Run.class);
        if (rows.isEmpty()) {
            Lookups.require(Page.class, pageId, "page");
            throw runId == null ? Failure.notFound("OCR run of page", pageId)
                    : Failure.notFound("OCR run", runId);
        }
        return rows.get(0);
    }

    /** Each block of the page beside what the run read for it, sections first, then footnotes, then abstracts. */
    public List<DraftPair> pairs(Run run) {
        return pairs(run, Hocr.read(run.hocr()));
    }

    /** The same, for a caller that has read the run's hOCR already. */
    public List<DraftPair> pairs(Run run, Hocr.Page page) {
        ParsedDump dump = recover(page, run.articleLanguage());
        List<DraftPair> pairs = new ArrayList<>();
        if (dump.sections().isEmpty() && dump.notes().isEmpty() && dump.abstracts().isEmpty()) {
            // A run that read nothing drafts nothing: it never empties a page
            return pairs;
        }
        pair(pairs, Section.onPage(run.pageId()), dump.sections().stream().map(DraftedBlock::of).toList(), true);
        pair(pairs, Footnote.onPage(run.pageId()), dump.notes().stream().map(DraftedBlock::of).toList(), true);
        // An article has one abstract per language: a page's abstracts are drafted, never added
        pair(pairs, ArticleAbstract.onPage(run.pageId()), dump.abstracts().stream().map(DraftedBlock::of).toList(), false);
        return pairs;
    }

    private static void pair(List<DraftPair> pairs, List<? extends TextBlock> blocks, List<DraftedBlock> drafted,
            boolean addNew) {
        int n = Math.max(blocks.size(), addNew ? drafted.size() : Math.min(blocks.size(), drafted.size()));
        int added = 0;
        for (int i = 0; i < n; i++) {
            TextBlock block = i < blocks.size() ? blocks.get(i) : null;
            DraftedBlock reading = i < drafted.size() ? drafted.get(i) : null;
            String key = block != null ? block.kind().name().toLowerCase() + ":" + block.id
                    : reading.kind().name().toLowerCase() + ":new:" + ++added;
            pairs.add(new DraftPair(block, reading, key));
        }
    }

    /** Whether an editor changed a block of the page: a revision no engine made, or a status moved on. */
    public boolean handEdited(UUID pageId) {
        return (Boolean) entityManager.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM revision WHERE page_id = :page AND ocr_run_id IS NULL)
                    OR EXISTS (SELECT 1 FROM section WHERE page_id = :page AND status <> 'raw')
                    OR EXISTS (SELECT 1 FROM footnote WHERE page_id = :page AND status <> 'raw')
                    OR EXISTS (SELECT 1 FROM article_abstract WHERE page_id = :page AND status <> 'raw')""")
                .setParameter("page", pageId).getSingleResult();
    }

    /** Takes the whole draft of a run that no editor's work stands in the way of; how many blocks changed. */
    @Transactional
    public int applyUntouched(UUID runId, UUID pageId) {
        if (handEdited(pageId)) {
            return 0;
        }
        Run run = run(pageId, runId);
        List<DraftPair> pairs = pairs(run);
        return take(run, pairs, pair -> pair.block() == null ? null : pair.block().version, run.engineActor(),
                "OCR draft (" + run.engine() + " " + run.engineVersion() + ", " + run.languages() + ")");
    }

    /**
     * Takes the readings an editor accepted, each named by its pair's key with the block's version
     * as the editor saw it (a block changed since is a conflict, and nothing is written).
     */
    @Transactional
    public int accept(UUID pageId, UUID runId, Map<String, Long> accepted, Actor actor) {
        Run run = run(pageId, runId);
        List<DraftPair> pairs = pairs(run).stream().filter(pair -> accepted.containsKey(pair.key())).toList();
        if (pairs.size() != accepted.size()) {
            List<String> known = pairs.stream().map(DraftPair::key).toList();
            String unknown = accepted.keySet().stream().filter(key -> !known.contains(key)).findFirst().orElseThrow();
            throw Failure.invalid("blocks", "the draft of run " + run.id() + " has no block " + unknown);
        }
        return take(run, pairs, pair -> accepted.get(pair.key()), actor,
                "OCR draft accepted (" + run.engine() + " " + run.engineVersion() + ", " + run.languages() + ")");
    }

    private int take(Run run, List<DraftPair> pairs, Function<DraftPair, Long> version, Actor actor, String comment) {
        Page page = Lookups.require(Page.class, run.pageId(), "page");
        int sectionsAfter = insertionPoint(pairs, BlockKind.SECTION, page);
        int footnotesAfter = insertionPoint(pairs, BlockKind.FOOTNOTE, page);
        int newSections = (int) pairs.stream().filter(pair -> pair.block() == null && pair.kind() == BlockKind.SECTION)
                .count();
        int newFootnotes = (int) pairs.stream().filter(pair -> pair.block() == null && pair.kind() == BlockKind.FOOTNOTE)
                .count();
        // Before any block is changed in memory: the shift rewrites rows the session has not touched
        openOrdinals("section", page.article.id, sectionsAfter, newSections);
        openOrdinals("footnote", page.article.id, footnotesAfter, newFootnotes);
        Edit edit = Edit.fromOcr(comment, run.id());
        int changed = 0;
        for (DraftPair pair : pairs) {
            if (!pair.changes()) {
                continue;
            }
            if (pair.block() == null) {
                add(pair.drafted(), page, run.id(),
                        pair.kind() == BlockKind.SECTION ? ++sectionsAfter : ++footnotesAfter);
            } else {
                Long seen = version.apply(pair);
                // Set before the edit flushes the block, so that one version holds both
                pair.block().ocrRunId = run.id();
                if (pair.block() instanceof Section section && pair.draftedHeading() != null) {
                    // A section that opens with a heading on this page continues nothing
                    section.continuesPrevious = false;
                }
                editor.edit(pair.kind(), pair.block().id, seen == null ? pair.block().version : seen, change(pair), edit,
                        actor);
            }
            changed++;
        }
        entityManager.flush();
        if (changed > 0) {
            BlockHistory.rescorePage(page.id);
        }
        return changed;
    }

    private static BlockEditor.Change change(DraftPair pair) {
        BlockEditor.Change change = BlockEditor.Change.mechanical(pair.draftedText())
                .withGarbleFloor(pair.drafted() == null ? null : pair.drafted().garbleScore());
        if (pair.kind() == BlockKind.SECTION) {
            return change.withHeading(pair.draftedHeading());
        }
        return pair.drafted() != null && pair.drafted().marker() != null ? change.withMarker(pair.drafted().marker()) : change;
    }

    /** The ordinal after which a page's new blocks of a kind go: after its last one, or the last on the pages before. */
    private int insertionPoint(List<DraftPair> pairs, BlockKind kind, Page page) {
        return pairs.stream().filter(pair -> pair.block() != null && pair.kind() == kind)
                .mapToInt(pair -> ordinal(pair.block())).max()
                .orElseGet(() -> ((Number) entityManager.createNativeQuery("SELECT coalesce(max(b.ordinal), 0) FROM "
                        + (kind == BlockKind.SECTION ? "section" : "footnote")
                        + " b JOIN page p ON p.id = b.page_id WHERE b.article_id = :article AND p.sequence < :sequence")
                        .setParameter("article", page.article.id).setParameter("sequence", page.sequence).getSingleResult())
                        .intValue());
    }

    private static int ordinal(TextBlock block) {
        return block instanceof Section section ? section.ordinal : ((Footnote) block).ordinal;
    }

    /**
     * Makes room for {@code count} blocks after {@code after}: the ordinals are unique and positive
     * at every row, so the blocks after move far out of the way first, then back to their place.
     */
    private void openOrdinals(String table, UUID articleId, int after, int count) {
        if (count == 0) {
            return;
        }
        entityManager.createNativeQuery("UPDATE " + table + " SET ordinal = ordinal + " + OUT_OF_THE_WAY
                + " WHERE article_id = :article AND ordinal > :after").setParameter("article", articleId)
                .setParameter("after", after).executeUpdate();
        entityManager.createNativeQuery("UPDATE " + table + " SET ordinal = ordinal - " + OUT_OF_THE_WAY
                + " + :count, version = version + 1, updated_at = now() WHERE article_id = :article AND ordinal > "
                + OUT_OF_THE_WAY).setParameter("article", articleId).setParameter("count", count).executeUpdate();
    }

    private static void add(DraftedBlock drafted, Page page, UUID runId, int ordinal) {
        TextBlock block;
        if (drafted.kind() == BlockKind.SECTION) {
            Section section = new Section();
            section.ordinal = ordinal;
            section.level = (short) Math.max(1, drafted.level());
            section.heading = drafted.heading();
            block = section;
        } else {
            Footnote footnote = new Footnote();
            footnote.ordinal = ordinal;
            footnote.marker = drafted.marker() == null ? null : drafted.marker().strip();
            footnote.language = drafted.language() == null ? page.article.language : drafted.language();
            block = footnote;
        }
        block.article = page.article;
        block.page = page;
        block.text = drafted.text();
        // What the engine read is this block's original: the PDF's text layer stays the page's
        block.ocrOriginal = drafted.text();
        block.status = BlockStatus.RAW;
        block.ocrRunId = runId;
        block.rescore();
        // The engine's doubt about what it read counts as well as how the text reads
        block.garbleScore = Math.max(block.garbleScore == null ? 0 : block.garbleScore, drafted.garbleScore());
        block.persist();
    }
}
