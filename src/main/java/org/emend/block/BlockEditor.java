package org.emend.block;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.emend.changes.ChangeAttribution;
import org.emend.failure.Failure;
import org.emend.persistence.Lookups;
import org.emend.users.Actor;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The one way a block's text changes: {@link #apply} for the API's saves, which check versions and
 * record history through {@link BlockService}, and {@link #edit} for the console's page editor,
 * reverts, changesets and OCR drafts, which does both itself.
 */
@ApplicationScoped
public class BlockEditor {

    private final BlockHistory history;
    private final ChangeAttribution attribution;
    private final Instance<BlockService<?, ?, ?>> kinds;

    BlockEditor(BlockHistory history, ChangeAttribution attribution, Instance<BlockService<?, ?, ?>> kinds) {
        this.history = history;
        this.attribution = attribution;
        this.kinds = kinds;
    }

    /**
     * A block's new text and heading (kept as it is when {@code null}, for blocks without one), a
     * status asked for, and what kind of change it is, which decides the status when none is asked.
     *
     * @param garbleFloor the least garble score the new text gets, whatever its text scores (an OCR
     *        engine's doubt about what it read); {@code null}: the text's score
     */
    public record Change(String heading, String text, BlockStatus status, Nature nature, String marker,
            Double garbleFloor) {

        public Change(String heading, String text, BlockStatus status) {
            this(heading, text, status, Nature.EDITORIAL, null, null);
        }

        public Change(String heading, String text, BlockStatus status, Nature nature) {
            this(heading, text, status, nature, null, null);
        }

        /** A save through the API: every field is given, and a heading left out is removed. */
        public static Change saved(BlockInput input) {
            return new Change(null, input.text(), input.status()).withHeading(input.heading());
        }

        /** A find-and-replace edit: it corrects no more than the pattern did. */
        public static Change mechanical(String text) {
            return new Change(null, text, null, Nature.MECHANICAL);
        }

        /** The same change that also sets a section's heading, or removes it when {@code null}. */
        public Change withHeading(String newHeading) {
            return new Change(newHeading == null ? "" : newHeading, text, status, nature, marker, garbleFloor);
        }

        /** The same change that also sets a footnote's printed marker (kept when {@code null}, removed when blank). */
        public Change withMarker(String newMarker) {
            return new Change(heading, text, status, nature, newMarker, garbleFloor);
        }

        /** The same change, its text scored at least {@code floor}. */
        public Change withGarbleFloor(Double floor) {
            return new Change(heading, text, status, nature, marker, floor);
        }
    }

    /** Who or what made a change, as the workflow sees it. */
    public enum Nature {
        /** An editor's own correction: the workflow decides the status. */
        EDITORIAL,
        /** A pattern applied across blocks: never promotes a block's status. */
        MECHANICAL,
        /** The block put back to what was imported: it takes the status it was imported with. */
        IMPORTED
    }

    /**
     * Applies a change made on top of {@code baseVersion}. When the block has moved on since,
     * nothing is written and {@link EditConflict} says what it holds now.
     */
    @Transactional
    public Revision edit(BlockKind kind, UUID id, long baseVersion, Change change, Edit edit, Actor actor) {
        TextBlock block = Lookups.requireForUpdate(type(kind), id, kind.name().toLowerCase());
        if (block.version != baseVersion) {
            throw new EditConflict(kind, id, baseVersion, block);
        }
        attribution.mark(actor);
        BlockState before = BlockState.of(block);
        apply(block, change, actor);
        Panache.getEntityManager().flush();
        return history.record(block, before, edit, actor);
    }

    /**
     * Changes a block in hand, which the caller then records: the one place where a block's text,
     * heading, marker, status and garble score change, for the API's saves as for the console's edits.
     */
    void apply(TextBlock block, Change change, Actor actor) {
        refuseTooLong(block.kind(), change);
        BlockState before = BlockState.of(block);
        if (change.heading() != null) {
            block.heading(change.heading().isBlank() ? null : change.heading());
        }
        block.text = change.text();
        if (change.marker() != null) {
            // The marker is a footnote's label, not its text: like the API, history does not track it
            block.marker(change.marker().isBlank() ? null : change.marker().strip());
        }
        block.status = switch (change.nature()) {
            case EDITORIAL -> history.nextStatus(block, before, change.status(), actor);
            case MECHANICAL -> Workflow.afterMechanicalEdit(before.status(), !before.text().equals(block.text));
            case IMPORTED -> change.status();
        };
        block.rescore();
        if (change.garbleFloor() != null && (block.garbleScore == null || block.garbleScore < change.garbleFloor())) {
            block.garbleScore = change.garbleFloor();
        }
    }

    /** The schema's limits, checked first so that an over-long text is a clear 422. */
    private static void refuseTooLong(BlockKind kind, Change change) {
        int max = TextLimits.text(kind);
        if (change.text() == null) {
            throw Failure.invalid("text", "must not be null");
        }
        if (change.text().length() > max) {
            throw Failure.invalid("text", "may have at most " + max + " characters");
        }
        if (change.marker() != null && change.marker().strip().length() > TextLimits.MARKER) {
            throw Failure.invalid("marker", "may have at most " + TextLimits.MARKER + " characters");
        }
        if (change.heading() != null && change.heading().length() > TextLimits.HEADING) {
            throw Failure.invalid("heading", "may have at most " + TextLimits.HEADING + " characters");
        }
    }

    public TextBlock find(BlockKind kind, UUID id) {
        return Lookups.require(type(kind), id, kind.name().toLowerCase());
    }

    /** The entity of a kind of block, as the kind's service declares it: this package names no kind's class. */
    public Class<? extends TextBlock> type(BlockKind kind) {
        return kinds.stream().filter(service -> service.blockKind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No service for blocks of kind " + kind)).entityType();
    }
}
