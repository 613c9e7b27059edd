package org.emend.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.hibernate.query.TupleTransformer;
import org.junit.jupiter.api.Test;

class RowsTest {

    enum Kind {
        SECTION,
        FOOTNOTE
    }

    record Item(UUID articleId, Kind kind, long count, Double garbleScore, Instant updatedAt, String excerpt) {
    }

    record Flags(boolean scanned, int sequence, float rank) {
    }

    private static final TupleTransformer<Item> ITEMS = Rows.as(Item.class);
    private static final UUID ARTICLE = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void shouldGiveEachColumnToTheComponentOfItsNameWhateverTheirOrder() {
        Item item = ITEMS.transformTuple(
                new Object[] { "footnote", "text", 3L, new BigDecimal("0.25"), Timestamp.from(NOW), ARTICLE },
                new String[] { "kind", "excerpt", "count", "garble_score", "updated_at", "article_id" });

        assertThat(item).isEqualTo(new Item(ARTICLE, Kind.FOOTNOTE, 3, 0.25, NOW, "text"));
    }

    @Test
    void shouldFillPrimitivesFromTheDriversBoxes() {
        Flags flags = Rows.as(Flags.class).transformTuple(new Object[] { Boolean.TRUE, 7, 0.5f },
                new String[] { "scanned", "sequence", "rank" });

        assertThat(flags).isEqualTo(new Flags(true, 7, 0.5f));
    }

    @Test
    void shouldKeepNullsWhereTheComponentTakesThem() {
        Item item = ITEMS.transformTuple(new Object[] { ARTICLE, "section", 0, null, null, null },
                new String[] { "article_id", "kind", "count", "garble_score", "updated_at", "excerpt" });

        assertThat(item.garbleScore()).isNull();
        assertThat(item.updatedAt()).isNull();
    }

    @Test
    void shouldNameTheComponentAQueryGivesNoColumnFor() {
        assertThatThrownBy(() -> ITEMS.transformTuple(new Object[] { ARTICLE, "section", 1L, 0.5, NOW },
                new String[] { "article_id", "kind", "count", "garble_score", "updated_at" }))
                .hasMessageContaining("Item.excerpt").hasMessageContaining("article_id, kind");
    }

    @Test
    void shouldNameAColumnNoComponentTakes() {
        assertThatThrownBy(() -> ITEMS.transformTuple(new Object[] { ARTICLE, "section", 1L, 0.5, NOW, "x", "y" },
                new String[] { "article_id", "kind", "count", "garble_score", "updated_at", "excerpt", "title" }))
                .hasMessageContaining("column title is no component of Item");
    }

    @Test
    void shouldNameAValueThatDoesNotFit() {
        assertThatThrownBy(() -> ITEMS.transformTuple(new Object[] { "not an id", "section", 1L, 0.5, NOW, "x" },
                new String[] { "article_id", "kind", "count", "garble_score", "updated_at", "excerpt" }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ITEMS.transformTuple(new Object[] { ARTICLE, "section", "many", 0.5, NOW, "x" },
                new String[] { "article_id", "kind", "count", "garble_score", "updated_at", "excerpt" }))
                .hasMessageContaining("column count holds a java.lang.String").hasMessageContaining("Item.count (long)");
        assertThatThrownBy(() -> ITEMS.transformTuple(new Object[] { ARTICLE, "section", null, 0.5, NOW, "x" },
                new String[] { "article_id", "kind", "count", "garble_score", "updated_at", "excerpt" }))
                .hasMessageContaining("column count is null");
    }
}
