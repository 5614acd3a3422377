package erp.onlinesync.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything else touches the database: the same
 * scripts ({@code db/migration}) for H2 and PostgreSQL. Bean-managed transactions keep a long
 * migration out of the JTA timeout; start-up beans that use JPA declare {@code @DependsOn} on it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DataSources.JNDI)
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new SealExistingChatter(), new CountLinesPerDay())
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        migrated = true;
    }

    /** @return true once the schema is current: the readiness check waits for it */
    public boolean isMigrated() {
        return migrated;
    }
}
