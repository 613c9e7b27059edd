package org.emend.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health and metrics answer on the management port, which deployments keep private, and not on the public one. */
@QuarkusTest
class HealthTest {

    private static int managementPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    }

    @Test
    void shouldReportUpIncludingTheDatabase() {
        given().port(managementPort()).get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().port(managementPort()).get("/q/health/ready").then().statusCode(200);
        given().port(managementPort()).get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldServeMetricsOnTheManagementPortOnly() {
        given().port(managementPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
    }
}
