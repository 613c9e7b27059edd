package org.emend.footnote;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.emend.block.BlockKind;
import org.emend.block.OrderedBlock;
import org.emend.ocr.garble.GarbleScorer;
import org.emend.ocr.notes.Citation;
import org.emend.ocr.notes.CitationParser;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A numbered note at a page's foot. Numbers restart on each page ({@link #numberOnPage});
 * {@link #ordinal} counts across the article.
 */
@Entity
public class Footnote extends OrderedBlock {

    @Column(name = "number_on_page")
    public Integer numberOnPage;

    /** The marker as printed, garbled or not ({@code ①}, {@code (D}); none when the OCR lost it. */
    public String marker;

    @Column(nullable = false)
    public String language;

    /** The works the note cites, parsed from its current text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Citation> citations = new ArrayList<>();

    @Override
    public BlockKind kind() {
        return BlockKind.FOOTNOTE;
    }

    @Override
    public void marker(String marker) {
        this.marker = marker;
    }

    @Override
    public String label() {
        return "footnote " + ordinal + (marker == null ? "" : " " + marker);
    }

    @Override
    public void rescore() {
        citations = new ArrayList<>(CitationParser.parse(text));
        garbleScore = GarbleScorer.score(text, language);
    }

    public static List<Footnote> onPage(UUID pageId) {
        return list("page.id = ?1 order by ordinal", pageId);
    }

    public static List<Footnote> listInArticle(UUID articleId) {
        return list("article.id = ?1 order by ordinal", articleId);
    }
}
