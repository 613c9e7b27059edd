package org.emend.replace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.emend.block.BlockEditor;
import org.emend.block.BlockKind;
import org.emend.block.Edit;
import org.emend.block.Revision;
import org.emend.block.TextBlock;
import org.emend.failure.Failure;
import org.emend.persistence.Lookups;
import org.emend.users.Actor;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Find and replace across an article, an issue or a journal. The preview lists every hit in
 * context; the hits accepted one by one are applied as one changeset, one revision per block.
 * A block changed since the preview is skipped, and the result says so. A changeset can be
 * reverted as a whole, again skipping blocks changed since.
 */
@ApplicationScoped
public class FindReplace {

    static final int MAX_HITS = 2_000;
    private static final int CONTEXT = 40;

    private final BlockEditor editor;

    FindReplace(BlockEditor editor) {
        this.editor = editor;
    }

    /**
     * One hit: where in which block at which version, the match in its context, and what would
     * replace it. Its id names it for {@link #apply}.
     */
    public record Hit(String id, BlockKind kind, UUID blockId, long version, UUID articleId, UUID pageId, int start,
            String before, String match, String after, String replacement, String pageNumber, String blockLabel) {
    }

    public record Preview(List<Hit> hits, boolean truncated) {
    }

    /** A block the changeset left alone, and why. */
    public record Skipped(BlockKind kind, UUID blockId, String reason) {
    }

    public record Result(UUID changesetId, int blocksChanged, int replacements, List<Skipped> skipped) {
    }

    public Preview preview(Search search) {
        Pattern pattern = search.pattern();
        List<Hit> hits = new ArrayList<>();
        for (BlockKind kind : BlockKind.values()) {
            try (Stream<TextBlock> blocks = blocks(kind, search)) {
                for (TextBlock block : (Iterable<TextBlock>) blocks::iterator) {
                    Matcher matcher = pattern.matcher(new TimeBoxedText(block.text));
                    StringBuilder replaced = new StringBuilder();
                    int previousEnd = 0;
                    while (found(matcher)) {
                        if (hits.size() == MAX_HITS) {
                            return new Preview(hits, true);
                        }
                        // appendReplacement adds the text since the last match, then the replacement.
                        int before = replaced.length() + matcher.start() - previousEnd;
                        matcher.appendReplacement(replaced, search.matcherReplacement());
                        previousEnd = matcher.end();
                        if (matcher.end() > matcher.start()) {
                            hits.add(hit(block, matcher, replaced.substring(before)));
                        }
                    }
                }
            }
        }
        return new Preview(hits, false);
    }

    @Transactional
    public Result apply(Search search, List<String> accepted, String description, Actor actor) {
        Pattern pattern = search.pattern();
        Map<String, Set<Integer>> startsByBlock = new LinkedHashMap<>();
        for (String id : accepted) {
            String[] parts = id.split(":");
            if (parts.length != 4 || !parts[3].matches("\\d{1,9}")) {
                throw Failure.invalid("accept", "hit ids are kind:block:version:start, as the preview gives them");
            }
            startsByBlock.computeIfAbsent(parts[0] + ":" + parts[1] + ":" + parts[2], key -> new TreeSet<>())
                    .add(Integer.parseInt(parts[3]));
        }
        Changeset changeset = changeset(description == null || description.isBlank()
                ? "Replace “" + search.find() + "” with “" + search.replacement() + "”"
                : description.strip(), actor, null);
        List<Skipped> skipped = new ArrayList<>();
        int blocks = 0;
        int replacements = 0;
        for (var entry : startsByBlock.entrySet()) {
            String[] key = entry.getKey().split(":");
            BlockKind kind = BlockKind.fromString(key[0]);
            UUID blockId = UUID.fromString(key[1]);
            long version = Long.parseLong(key[2]);
            TextBlock block = editor.find(kind, blockId);
            if (block.version != version) {
                skipped.add(new Skipped(kind, blockId, "changed since the preview (now at version " + block.version + ")"));
                continue;
            }
            StringBuilder replaced = new StringBuilder();
            Matcher matcher = pattern.matcher(new TimeBoxedText(block.text));
            int count = 0;
            while (found(matcher)) {
                if (entry.getValue().contains(matcher.start())) {
                    matcher.appendReplacement(replaced, search.matcherReplacement());
                    count++;
                }
            }
            matcher.appendTail(replaced);
            if (count == 0) {
                skipped.add(new Skipped(kind, blockId, "the accepted hits are no longer in the text"));
                continue;
            }
            editor.edit(kind, blockId, version, BlockEditor.Change.mechanical(replaced.toString()),
                    new Edit(changeset.description, changeset.id, null), actor);
            blocks++;
            replacements += count;
        }
        return new Result(changeset.id, blocks, replacements, skipped);
    }

    /** Undoes a changeset as a new one: each block goes back to its text before, unless it changed since. */
    @Transactional
    public Result revert(UUID changesetId, Actor actor) {
        Changeset original = Lookups.require(Changeset.class, changesetId, "changeset");
        Changeset revert = changeset("Revert of “" + original.description + "”", actor, original.id);
        List<Skipped> skipped = new ArrayList<>();
        int blocks = 0;
        for (Revision revision : Revision.ofChangeset(original.id)) {
            TextBlock block = editor.find(revision.blockKind, revision.blockId);
            if (block.version != revision.newVersion) {
                skipped.add(new Skipped(revision.blockKind, revision.blockId, "changed since the changeset"));
                continue;
            }
            editor.edit(revision.blockKind, revision.blockId, revision.newVersion,
                    BlockEditor.Change.mechanical(revision.textBefore),
                    new Edit(revert.description, revert.id, revision.id),
                    actor);
            blocks++;
        }
        return new Result(revert.id, blocks, blocks, skipped);
    }

    /**
     * The next match. Java's regular expressions recurse for each repetition of an alternation, so
     * {@code (a|a)*} on a long text overflows the stack: that is the pattern's problem, said as such.
     */
    private static boolean found(Matcher matcher) {
        try {
            return matcher.find();
        } catch (StackOverflowError e) {
            throw Failure.invalid("find", "the regular expression recurses too deeply on this text"
                    + " (an alternation or group repeated many times, as (a|b)*); make it simpler");
        }
    }

    public Changeset get(UUID id) {
        return Lookups.require(Changeset.class, id, "changeset");
    }

    private static Changeset changeset(String description, Actor actor, UUID reverts) {
        Changeset changeset = new Changeset();
        changeset.description = description.length() > 2000 ? description.substring(0, 2000) : description;
        changeset.authorId = actor.userId();
        changeset.authorTokenId = actor.tokenId();
        changeset.authorName = actor.name();
        changeset.revertsId = reverts;
        changeset.persist();
        return changeset;
    }

    private static Hit hit(TextBlock block, Matcher matcher, String replaced) {
        String text = block.text;
        int start = matcher.start();
        int end = matcher.end();
        return new Hit(block.kind().name().toLowerCase() + ":" + block.id + ":" + block.version + ":" + start, block.kind(),
                block.id,
                block.version, block.articleId(), block.page() == null ? null : block.page().id, start,
                text.substring(Math.max(0, start - CONTEXT), start), text.substring(start, end),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), replaced,
                block.page() == null ? null
                        : block.page().printedNumber != null ? block.page().printedNumber
                                : String.valueOf(block.page().sequence),
                block.label());
    }

    private Stream<TextBlock> blocks(BlockKind kind, Search search) {
        Class<? extends TextBlock> type = editor.type(kind);
        // The page comes with each block: a hit names its printed page number
        StringBuilder hql = new StringBuilder("select b from ")
                .append(Panache.getEntityManager().getMetamodel().entity(type).getName())
                .append(" b left join fetch b.page where ")
                .append(search.scope().condition());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scope", search.scope().id());
        if (search.status() != null) {
            hql.append(" and b.status = :status");
            parameters.put("status", search.status());
        }
        if (search.language() != null) {
            hql.append(kind == BlockKind.SECTION ? " and b.article.language = :language" : " and b.language = :language");
            parameters.put("language", search.language());
        }
        if (!search.regex()) {
            // Literal finds narrow the rows in the database first (the trigram index serves LIKE and ILIKE).
            hql.append(search.matchCase() ? " and b.text like :like escape '!'" : " and b.text ilike :like escape '!'");
            parameters.put("like", "%" + search.find().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        hql.append(" order by b.article.id, b.id");
        TypedQuery<? extends TextBlock> query = Panache.getEntityManager().createQuery(hql.toString(), type);
        parameters.forEach(query::setParameter);
        return query.getResultStream().map(TextBlock.class::cast);
    }
}
