package erp.onlinesync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sandbox never runs unnoticed over a real database. */
class SandboxSettingsTest {

    private static final Optional<String> POSTGRES = Optional.of("jdbc:postgresql://db:5432/erp?password=s3cr3t-pw");

    @Test
    void theSandboxOverPostgreSqlRefusesToStartWithoutTheSecondSwitch() {
        String why = SandboxSettings.refusal(true, POSTGRES, false).orElseThrow();
        assertTrue(why.contains("sync.sandbox.allow-with-external-db=true"), why);
        assertFalse(why.contains("s3cr3t") || why.contains("db:5432"), "the URL is never repeated: " + why);

        assertEquals(Optional.empty(), SandboxSettings.refusal(true, POSTGRES, true), "the second switch says it is a test database");
        assertEquals(Optional.empty(), SandboxSettings.refusal(false, POSTGRES, false), "the sandbox off: PostgreSQL alone starts");
    }

    @Test
    void theEmbeddedDatabaseTakesTheSandbox() {
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.empty(), false));
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.of(" "), false));
        assertEquals(Optional.empty(), SandboxSettings.refusal(true, Optional.of("jdbc:h2:file:./data/onlinesync"), false));
    }
}
