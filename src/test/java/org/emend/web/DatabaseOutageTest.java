package org.emend.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
import org.emend.testing.Api;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * While PostgreSQL restarts, requests are told to come back (503 with {@code Retry-After}), not
 * that the server failed; and the server recovers by itself once the database is back.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void shouldAnswer503WithRetryAfterWhenTheDatabaseDropsItsConnections() throws SQLException {
        Api.journal();

        // What a restart does to the connections the pool holds: the server ends every one of them.
        terminateEveryOtherConnection();

        given().get("/api/v1/journals")
                .then().statusCode(503)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", "5")
                .body("type", equalTo("urn:emend:problem:database-unavailable"));
        int answeredBeforeRecovery = 1;
        while (given().get("/api/v1/journals").statusCode() == 503) {
            answeredBeforeRecovery++;
            assertThat(answeredBeforeRecovery).as("requests before the pool replaced its dead connections").isLessThan(40);
        }
        given().get("/api/v1/journals").then().statusCode(200);
    }

    private static void terminateEveryOtherConnection() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class)
                .orElse("postgres");
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
    }
}
