package erp.onlinesync.infrastructure.health;

import erp.onlinesync.infrastructure.persistence.DataSources;
import erp.onlinesync.infrastructure.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema is migrated and the database answers: a load balancer must not send a
 * person to a node that would show them errors.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!migration.isMigrated()) {
            return response.down().withData("reason", "schema migration not finished").build();
        }
        try (Connection c = dataSource.getConnection()) {
            return response.status(c.isValid(2)).build();
        } catch (SQLException e) {
            return response.down().withData("reason", "database unreachable").build();
        }
    }
}
