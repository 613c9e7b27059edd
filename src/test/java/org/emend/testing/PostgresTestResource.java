package org.emend.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.emend.database.DatabaseLocator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Gives the tests a fresh, empty database: {@code emend_test} on the PostgreSQL at
 * localhost:5432 when one answers, else on an embedded PostgreSQL. A database configured
 * through {@code QUARKUS_DATASOURCE_JDBC_URL} is used as it is.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private DatabaseLocator.Location location;

    @Override
    public Map<String, String> start() {
        if (DatabaseLocator.configuredUrl().isPresent()) {
            return Map.of();
        }
        location = DatabaseLocator.locate("emend_test", Path.of("target", "embedded-postgres"), true);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", location.jdbcUrl());
        config.put("quarkus.datasource.username", location.username());
        if (location.password() != null) {
            config.put("quarkus.datasource.password", location.password());
        }
        return config;
    }

    @Override
    public void stop() {
        if (location != null) {
            location.close();
        }
    }
}
