package org.emend.changes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The change feed's lag as a metric: how long the oldest committed change has been held back
 * because an older transaction is still running (0 when the feed shows everything committed).
 */
@ApplicationScoped
public class ChangeFeedLag {

    private final AgroalDataSource dataSource;

    ChangeFeedLag(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("emend.changes.lag", this, ChangeFeedLag::seconds)
                .description("Seconds the oldest committed change waits for older transactions before the feed shows it")
                .baseUnit("seconds").register(registry);
    }

    double seconds() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        SELECT coalesce(extract(epoch FROM now() - min(changed_at)), 0) FROM record_change
                        WHERE txid >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint""")) {
            result.next();
            return result.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
