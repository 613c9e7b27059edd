package org.emend.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A save reads its block's last text change newest first; an index in that order lets PostgreSQL stop at
 * it instead of sorting the block's whole history, so saves do not slow as history grows.
 */
@QuarkusTest
class RevisionIndexTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldReadABlocksLastTextChangeInIndexOrder() throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Whatever the table holds: a sort left in the plan means no index gives that order
            statement.execute("SET enable_seqscan = off");
            statement.execute("SET enable_sort = off");
            try (ResultSet rows = statement.executeQuery("""
                    EXPLAIN SELECT * FROM revision
                    WHERE block_kind = 'footnote' AND block_id = '01a2320a-8399-76a4-815a-0cb6289619d3'
                      AND (text_before <> text_after OR heading_before IS DISTINCT FROM heading_after)
                    ORDER BY created_at DESC, id DESC LIMIT 1""")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("RESET enable_seqscan");
                statement.execute("RESET enable_sort");
            }
        }

        assertThat(plan.toString()).contains("revision_block_newest_idx").doesNotContain("Sort");
    }
}
