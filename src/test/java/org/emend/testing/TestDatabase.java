package org.emend.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.users.Role;
import org.emend.users.UserService;

/** Direct access to the test database: emptying it, and reading what is in it. */
@ApplicationScoped
public class TestDatabase {

    /** Every table of records, children after parents. */
    public static final List<String> TABLES = List.of("journal", "issue", "article", "page", "section", "footnote",
            "article_abstract", "ocr_import", "source_file", "changeset", "revision", "page_image", "record_change",
            "oai_item");
    /** Tables of what the server did rather than of records: emptied too, but no part of a snapshot. */
    private static final List<String> LOGS = List.of("restore_log", "job");

    private final DataSource dataSource;
    private final UserService users;

    TestDatabase(DataSource dataSource, UserService users) {
        this.dataSource = dataSource;
        this.users = users;
    }

    /** Empties every table of records, and removes every account but the first admin. */
    public void clear() {
        execute("TRUNCATE " + String.join(", ", TABLES) + ", " + String.join(", ", LOGS) + " CASCADE");
        execute("DELETE FROM app_user WHERE username <> '" + Sessions.ADMIN + "'");
    }

    /** Adds an editor account; returns its password. */
    public String editor(String username) {
        return users.add(username, Role.EDITOR, username + "-secret-password");
    }

    /** A fingerprint of every row of every table: equal snapshots mean nothing changed. */
    public Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String table : TABLES) {
            snapshot.put(table,
                    queryString("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                            + " FROM " + table + " t"));
        }
        return snapshot;
    }

    /** The snapshot of the records alone, leaving out the logs a restore adds to (change feed, OAI-PMH datestamps). */
    public Map<String, String> snapshotOfRecords() {
        Map<String, String> snapshot = snapshot();
        snapshot.remove("record_change");
        snapshot.remove("oai_item");
        return snapshot;
    }

    public long count(String table) {
        return Long.parseLong(queryString("SELECT count(*) FROM " + table));
    }

    public String queryString(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
