package erp.onlinesync.infrastructure.persistence.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes on one database, each with its own data folder, as in a cluster. */
class JdbcInstallationTest {

    @TempDir
    Path nodeA;
    @TempDir
    Path nodeB;

    private final JdbcDataSource database = new JdbcDataSource();

    @BeforeEach
    void schema() throws SQLException, IOException {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V14__module_setting.sql")).replace(";", ""));
        }
    }

    private JdbcInstallation node(Path dataDir, Optional<String> configured) {
        return new JdbcInstallation(database, configured, dataDir);
    }

    @Test
    void twoNodesWithoutTheSettingSendTheSameId() {
        String a = node(nodeA, Optional.empty()).id();
        String b = node(nodeB, Optional.of(" ")).id();

        assertEquals(a, b);
        assertEquals(a, node(nodeA, Optional.empty()).id(), "the next start reads it back");
    }

    @Test
    void theSettingWinsOnTheNodeThatHasIt() {
        String stored = node(nodeA, Optional.empty()).id();

        assertEquals("db-1", node(nodeB, Optional.of(" db-1 ")).id());
        assertEquals(stored, node(nodeA, Optional.empty()).id());
    }

    @Test
    void aFormerNodeFileSeedsTheDatabaseSoTheProxyKeepsSeeingOneInstallation() throws IOException {
        Files.writeString(nodeA.resolve(JdbcInstallation.LEGACY_FILE), "legacy-id\n");

        assertEquals("legacy-id", node(nodeA, Optional.empty()).id());
        assertEquals("legacy-id", node(nodeB, Optional.empty()).id());
    }

    @Test
    void renewingGivesEveryNodeTheNewId() {
        JdbcInstallation a = node(nodeA, Optional.empty());
        String before = a.id();

        String after = a.renew();

        assertNotEquals(before, after);
        assertEquals(after, a.id());
        assertEquals(after, node(nodeB, Optional.empty()).id());
    }
}
