package org.emend.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.emend.failure.Failure;
import org.junit.jupiter.api.Test;

/** Keyset pagination's cursors and conditions, without a database: what a list continues from. */
class KeysetTest {

    record Row(int number, UUID id) {
    }

    private static final Keyset<Row> BY_NUMBER = Keyset.of(Keyset.integer("number", Row::number), Keyset.uuid("id", Row::id));

    @Test
    void shouldContinueAfterTheLastRowsKeys() {
        UUID id = UUID.fromString("01a2320a-8399-76a4-815a-0cb6289619d3");
        String cursor = BY_NUMBER.cursorOf(new Row(3, id));
        Map<String, Object> parameters = new HashMap<>();

        String condition = BY_NUMBER.after(cursor, parameters);

        assertThat(condition).isEqualTo("((e.number > :c0) or (e.number = :c0 and e.id > :c1))");
        assertThat(parameters).containsExactlyInAnyOrderEntriesOf(Map.of("c0", 3, "c1", id));
        assertThat(BY_NUMBER.orderBy()).isEqualTo("e.number, e.id");
    }

    @Test
    void shouldGoBackwardsNewestFirst() {
        Keyset<Row> newestFirst = Keyset.descending(Keyset.uuid("id", Row::id));
        String cursor = newestFirst.cursorOf(new Row(0, UUID.randomUUID()));

        assertThat(newestFirst.after(cursor, new HashMap<>())).isEqualTo("((e.id < :c0))");
        assertThat(newestFirst.orderBy()).isEqualTo("e.id desc");
    }

    @Test
    void shouldRefuseACursorItDidNotGiveOut() {
        String otherListsCursor = Keyset.of(Keyset.uuid("id", Row::id)).cursorOf(new Row(0, UUID.randomUUID()));

        for (String cursor : new String[] { "not base64 at all!", "bnVsbA", otherListsCursor }) {
            assertThatThrownBy(() -> BY_NUMBER.after(cursor, new HashMap<>())).as(cursor).isInstanceOf(Failure.class)
                    .hasMessage("The cursor in `after` is not one this list gave out");
        }
    }
}
