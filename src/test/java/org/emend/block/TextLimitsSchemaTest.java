package org.emend.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The limits the API and the editor check are the schema's own: neither may drift from the other. */
@QuarkusTest
class TextLimitsSchemaTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldCheckTheLimitsTheSchemaChecks() throws SQLException {
        assertThat(check("section", "text")).contains("<= " + TextLimits.SECTION_TEXT + ")");
        assertThat(check("section", "ocr_original")).contains("<= " + TextLimits.SECTION_TEXT + ")");
        assertThat(check("section", "heading")).contains("<= " + TextLimits.HEADING + ")");
        for (String table : new String[] { "footnote", "article_abstract" }) {
            assertThat(check(table, "text")).contains("<= " + TextLimits.NOTE_TEXT + ")");
            assertThat(check(table, "ocr_original")).contains("<= " + TextLimits.NOTE_TEXT + ")");
        }
        assertThat(check("article_abstract", "title")).contains("<= " + TextLimits.HEADING + ")");
        assertThat(check("footnote", "marker")).contains("<= " + TextLimits.MARKER + ")");
        assertThat(check("revision", "comment")).contains("<= " + TextLimits.COMMENT + ")");
    }

    /** The check constraints on a column's length, as PostgreSQL prints them. */
    private String check(String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement("""
                SELECT coalesce(string_agg(pg_get_constraintdef(c.oid), ' '), '') FROM pg_constraint c
                WHERE c.conrelid = ?::regclass AND c.contype = 'c'
                  AND pg_get_constraintdef(c.oid) LIKE '%char_length(' || ? || ')%'""")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
