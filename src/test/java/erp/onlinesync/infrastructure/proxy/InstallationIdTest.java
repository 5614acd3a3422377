package erp.onlinesync.infrastructure.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationIdTest {

    @TempDir
    Path dataDir;

    @Test
    void prefersTheConfiguredId() {
        assertEquals("db-1", InstallationId.resolve(Optional.of(" db-1 "), dataDir));
        assertTrue(Files.notExists(dataDir.resolve(InstallationId.FILE)));
    }

    @Test
    void generatesOnceThenKeepsTheId() throws Exception {
        Path nested = dataDir.resolve("not-yet-there");

        String first = InstallationId.resolve(Optional.of(" "), nested);

        UUID.fromString(first);
        assertEquals(first, InstallationId.resolve(Optional.empty(), nested));
        assertEquals(first, Files.readString(nested.resolve(InstallationId.FILE)));
        try (var files = Files.list(nested)) {
            assertEquals(1, files.count(), "no draft file left behind");
        }
    }
}
