package erp.onlinesync.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Names the module's data source, {@value #JNDI}, once for every user (JPA's {@code persistence.xml}
 * repeats it, the identity store, Flyway, the batch importer): the server's JDBC resource named by
 * {@code ds.resource} ({@code DS_RESOURCE}; on Payara Server, created with {@code asadmin
 * create-jdbc-resource}), or when that is unset the module's own pool {@value #OWN} over
 * {@link ConfiguredDataSource} ({@code ds.url}, or the H2 file). Payara expands the
 * {@code ${MPCONFIG=key:default}} in every lookup.
 */
@DataSourceDefinition(name = DataSources.OWN,
        className = "erp.onlinesync.infrastructure.persistence.ConfiguredDataSource",
        minPoolSize = 1, maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@Singleton
public class DataSources {

    /** The configuration key naming a JDBC resource of the server. */
    public static final String RESOURCE_KEY = "ds.resource";
    static final String OWN = "java:app/jdbc/onlinesync";
    public static final String JNDI = "${MPCONFIG=" + RESOURCE_KEY + ":" + OWN + "}";
}
