package erp.onlinesync.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** JPA looks up the same data source as the identity store, Flyway and the JDBC writers. */
class DataSourcesTest {

    @Test
    void persistenceXmlNamesTheSameDataSourceAsTheCode() throws IOException {
        String persistence = Files.readString(Path.of("META-INF", "persistence.xml"));
        assertTrue(persistence.contains("<jta-data-source>" + DataSources.JNDI + "</jta-data-source>"), DataSources.JNDI);
    }
}
