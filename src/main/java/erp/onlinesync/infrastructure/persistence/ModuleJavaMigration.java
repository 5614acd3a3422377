package erp.onlinesync.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema version written in Java, among the SQL scripts of {@code db/migration}. A plain
 * {@link JavaMigration} and not Flyway's {@code BaseJavaMigration}, which takes its version from the
 * class name: each subclass keeps a name that says what it does.
 */
abstract class ModuleJavaMigration implements JavaMigration {

    private final int version;
    private final String description;

    ModuleJavaMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** Flyway's check that an applied version was not edited: these classes do not change once released. */
    @Override
    public Integer getChecksum() {
        return version;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
