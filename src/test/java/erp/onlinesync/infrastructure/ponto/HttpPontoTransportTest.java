package erp.onlinesync.infrastructure.ponto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client certificate's key store: a broken one fails the first call with a message that names the key, not the password. */
class HttpPontoTransportTest {

    private static final String PASSWORD = "key-store-password-77";

    @Test
    void aKeyStoreThatCannotBeLoadedIsNamedWithoutItsPassword(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("ponto.p12"), "not a key store");
        PontoSettings settings = new PontoSettings("https://ponto.test", URI.create("https://ponto.test/oauth2/token"),
                Optional.of(broken.toString()), PASSWORD, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(30), 100);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new HttpPontoTransport(settings)
                .send("GET", URI.create("https://ponto.test/accounts"), Map.of(), null));
        assertTrue(e.getMessage().contains(PontoSettings.KEYSTORE_PATH), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
        assertFalse(settings.toString().contains(PASSWORD));
    }
}
