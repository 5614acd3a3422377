package erp.onlinesync.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the module's data source, {@value #JNDI}, a pool over {@link ConfiguredDataSource}.
 * Kept on its own so that every user (JPA, the identity store, Flyway, the batch importer) names
 * the same constant.
 */
@DataSourceDefinition(name = DataSources.JNDI,
        className = "erp.onlinesync.infrastructure.persistence.ConfiguredDataSource",
        minPoolSize = 1, maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@Singleton
public class DataSources {

    public static final String JNDI = "java:app/jdbc/onlinesync";
}
