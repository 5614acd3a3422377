package erp.onlinesync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox never runs unnoticed over a real database. */
class SandboxSettingsTest {

    private static final Optional<String> POSTGRES = Optional.of("jdbc:postgresql://db:5432/erp?password=s3cr3t-pw");
    private static final Optional<String> NO_RESOURCE = Optional.empty();

    @Test
    void theSandboxOverPostgreSqlRefusesToStartWithoutTheSecondSwitch() {
        String why = SandboxSettings.refusal(true, POSTGRES, NO_RESOURCE, false).orElseThrow();
        assertTrue(why.contains("sync.sandbox.allow-with-external-db=true"), why);
        assertFalse(why.contains("s3cr3t") || why.contains("db:5432"), "the URL is never repeated: " + why);

        assertEquals(Optional.empty(), SandboxSettings.refusal(true, POSTGRES, NO_RESOURCE, true), "the second switch says it is a test database");
        assertEquals(Optional.empty(), SandboxSettings.refusal(false, POSTGRES, NO_RESOURCE, false), "the sandbox off: PostgreSQL alone starts");
    }

    @Test
    void theEmbeddedDatabaseTakesTheSandbox() {
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.empty(), NO_RESOURCE, false));
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.of(" "), NO_RESOURCE, false));
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.of("jdbc:h2:file:./data/onlinesync"), NO_RESOURCE, false));
    }

    @Test
    void aServerResourceIsAnExternalDatabaseWhateverTheUrl() {
        Optional<String> resource = Optional.of("jdbc/onlinesync");
        assertTrue(SandboxSettings.refusal(true, Optional.empty(), resource, false).orElseThrow().contains("ds.resource"));
        assertTrue(SandboxSettings.refusal(true, Optional.of("jdbc:h2:file:./data/onlinesync"), resource, false).isPresent());
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.empty(), resource, true), "the second switch");
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.empty(), Optional.of(" "), false), "a blank name is none");
    }
}
