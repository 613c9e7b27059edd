package org.emend.section;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.emend.block.BlockKind;
import org.emend.block.OrderedBlock;
import org.emend.ocr.garble.GarbleScorer;

/**
 * A heading and the body text under it, in reading order. Levels follow Chinese academic
 * numbering: 一、 (1), （一） (2), 1. (3). The text before the first heading has no heading. A
 * section that runs over a page break is kept as one record per page: the later records
 * have {@link #continuesPrevious} set and no heading of their own.
 */
@Entity
public class Section extends OrderedBlock {

    @Column(nullable = false)
    public Short level;

    public String heading;

    /** True when this record carries on the section before it across a page break. */
    @Column(name = "continues_previous", nullable = false)
    public boolean continuesPrevious;

    @Override
    public BlockKind kind() {
        return BlockKind.SECTION;
    }

    @Override
    public String heading() {
        return heading;
    }

    @Override
    public void heading(String heading) {
        this.heading = heading;
    }

    @Override
    public String label() {
        return "section " + ordinal + (heading == null ? continuesPrevious ? ", continued" : "" : " (" + heading + ")");
    }

    @Override
    public void rescore() {
        garbleScore = GarbleScorer.score(heading == null ? text : heading + "\n" + text, article.language);
    }

    public static List<Section> onPage(UUID pageId) {
        return list("page.id = ?1 order by ordinal", pageId);
    }

    public static List<Section> listInArticle(UUID articleId) {
        return list("article.id = ?1 order by ordinal", articleId);
    }
}
