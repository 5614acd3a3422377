package erp.onlinesync.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {

    private static final String TOKEN = "refresh-token-0123456789abcdef";
    private static final byte[] KEY = new byte[32];

    @TempDir
    Path dataDir;

    @Test
    void sealsAndOpensWithoutShowingTheToken() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.seal(Secret.of(TOKEN));
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains(TOKEN));
        assertEquals(TOKEN, cipher.open(sealed).reveal());
        assertNotEquals(sealed, cipher.seal(Secret.of(TOKEN)), "a fresh nonce each time");
    }

    @Test
    void detectsAlterationAndAWrongKeyWithoutNamingTheValue() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.seal(Secret.of(TOKEN));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher.open(altered));
        assertFalse(e.getMessage().contains(TOKEN));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThrows(IllegalStateException.class, () -> new TokenCipher(otherKey).open(sealed));
        assertThrows(IllegalStateException.class, () -> cipher.open("plain-text"));
        assertThrows(IllegalStateException.class, () -> cipher.open("v1:%%%"));
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher(new byte[10]));
    }

    @Test
    void usesTheConfiguredKey() {
        byte[] key = new byte[16];
        key[3] = 7;
        assertArrayEquals(key, TokenKeyProvider.loadKey(Optional.of(Base64.getEncoder().encodeToString(key)), dataDir));
        assertFalse(Files.exists(dataDir.resolve(TokenKeyProvider.KEY_FILE)), "no file when configured");
        assertThrows(IllegalStateException.class, () -> TokenKeyProvider.loadKey(Optional.of("not base64!"), dataDir));
    }

    @Test
    void generatesAKeyFileOnceReadableByTheOwnerOnly() throws Exception {
        Path dir = dataDir.resolve("data");
        byte[] first = TokenKeyProvider.loadKey(Optional.empty(), dir);
        assertEquals(32, first.length);
        assertArrayEquals(first, TokenKeyProvider.loadKey(Optional.of(" "), dir), "same key at the next start");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(TokenKeyProvider.KEY_FILE))));
        TokenCipher before = new TokenCipher(first);
        TokenCipher after = new TokenCipher(TokenKeyProvider.loadKey(Optional.empty(), dir));
        assertEquals(TOKEN, after.open(before.seal(Secret.of(TOKEN))).reveal(), "tokens survive a restart");
    }
}
