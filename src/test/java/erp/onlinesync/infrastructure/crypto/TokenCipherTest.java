package erp.onlinesync.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.OpenedSecret;
import erp.onlinesync.domain.shared.SealedPlace;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.shared.UnknownSealingKeyException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {

    private static final String TOKEN = "refresh-token-0123456789abcdef";
    private static final byte[] KEY = key(0);
    private static final byte[] OLD_KEY = key(1);
    private static final SealedPlace REFRESH = new SealedPlace("online_link", 7, "refresh_token");

    @TempDir
    Path dataDir;

    @Test
    void sealsWithTheKeyIdAndOpensWithoutShowingTheToken() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.seal(Secret.of(TOKEN), REFRESH);
        assertTrue(sealed.startsWith("v2:" + TokenCipher.keyId(KEY) + ":"), sealed);
        assertFalse(sealed.contains(TOKEN));
        OpenedSecret opened = cipher.open(sealed, REFRESH);
        assertEquals(TOKEN, opened.secret().reveal());
        assertFalse(opened.resealNeeded(), "sealed with the current key");
        assertNotEquals(sealed, cipher.seal(Secret.of(TOKEN), REFRESH), "a fresh nonce each time");
    }

    @Test
    void aTokenMovedToAnotherRowOrColumnDoesNotOpen() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.seal(Secret.of(TOKEN), REFRESH);
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, new SealedPlace("online_link", 8, "refresh_token")),
                "another link's row");
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, new SealedPlace("online_link", 7, "access_token")),
                "the other column");
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, new SealedPlace("other_table", 7, "refresh_token")),
                "another table");
    }

    @Test
    void detectsAlterationWithoutNamingTheValue() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.seal(Secret.of(TOKEN), REFRESH);
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(prefix.length()));
        raw[raw.length - 1] ^= 1;
        String altered = prefix + Base64.getEncoder().encodeToString(raw);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher.open(altered, REFRESH));
        assertFalse(e.getMessage().contains(TOKEN));
        assertThrows(IllegalStateException.class, () -> cipher.open("plain-text", REFRESH));
        assertThrows(IllegalStateException.class, () -> cipher.open("v2:%%%", REFRESH));
        assertThrows(IllegalStateException.class, () -> cipher.open(prefix + "%%%", REFRESH));
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher(new byte[10]));
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher(List.of(KEY, KEY.clone())), "a key listed twice");
    }

    @Test
    void anOldKeyStillOpensAndAsksForAResealWhichTheNewKeySeals() {
        String sealedWithOld = new TokenCipher(OLD_KEY).seal(Secret.of(TOKEN), REFRESH);
        TokenCipher rotated = new TokenCipher(List.of(KEY, OLD_KEY));
        OpenedSecret opened = rotated.open(sealedWithOld, REFRESH);
        assertEquals(TOKEN, opened.secret().reveal());
        assertTrue(opened.resealNeeded(), "sealed with an old key");
        String resealed = rotated.seal(opened.secret(), REFRESH);
        assertTrue(resealed.startsWith("v2:" + TokenCipher.keyId(KEY) + ":"), "the first key seals");
        assertFalse(rotated.open(resealed, REFRESH).resealNeeded());
        assertThrows(UnknownSealingKeyException.class, () -> new TokenCipher(OLD_KEY).open(resealed, REFRESH),
                "the old key alone does not open the new seal");
    }

    @Test
    void aKeyNotConfiguredGivesTheTypedErrorNamingOnlyItsId() {
        String sealed = new TokenCipher(key(9)).seal(Secret.of(TOKEN), REFRESH);
        UnknownSealingKeyException e = assertThrows(UnknownSealingKeyException.class,
                () -> new TokenCipher(List.of(KEY, OLD_KEY)).open(sealed, REFRESH));
        assertTrue(e.getMessage().contains(TokenCipher.keyId(key(9))), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN) || e.getMessage().contains(Base64.getEncoder().encodeToString(key(9))));
    }

    @Test
    void aLegacyValueOpensWithTheKeyThatSealedItAndAsksForAReseal() throws Exception {
        String legacy = legacySeal(OLD_KEY, TOKEN);
        OpenedSecret opened = new TokenCipher(List.of(KEY, OLD_KEY)).open(legacy, REFRESH);
        assertEquals(TOKEN, opened.secret().reveal());
        assertTrue(opened.resealNeeded(), "the format before key ids");
        assertTrue(new TokenCipher(OLD_KEY).open(legacy, REFRESH).resealNeeded(), "even with its own key still the current one");
        assertThrows(UnknownSealingKeyException.class, () -> new TokenCipher(KEY).open(legacy, REFRESH), "no configured key opens it");
    }

    @Test
    void readsTheConfiguredKeysTheCurrentOneFirst() {
        byte[] current = key(3);
        String configured = " " + Base64.getEncoder().encodeToString(current) + " , " + Base64.getEncoder().encodeToString(OLD_KEY);
        List<byte[]> keys = TokenKeyProvider.loadKeys(Optional.of(configured), dataDir);
        assertEquals(2, keys.size());
        assertArrayEquals(current, keys.get(0));
        assertArrayEquals(OLD_KEY, keys.get(1));
        assertFalse(Files.exists(dataDir.resolve(TokenKeyProvider.KEY_FILE)), "no file when configured");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TokenKeyProvider.loadKeys(
                Optional.of(Base64.getEncoder().encodeToString(current) + ",not base64!"), dataDir));
        assertEquals(TokenKeyProvider.KEY + ": key 2 of 2 is not valid Base64", e.getMessage(), "names the position, not the key");
    }

    @Test
    void generatesAKeyFileOnceReadableByTheOwnerOnly() throws Exception {
        Path dir = dataDir.resolve("data");
        List<byte[]> first = TokenKeyProvider.loadKeys(Optional.empty(), dir);
        assertEquals(1, first.size());
        assertEquals(32, first.get(0).length);
        assertArrayEquals(first.get(0), TokenKeyProvider.loadKeys(Optional.of(" "), dir).get(0), "same key at the next start");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(TokenKeyProvider.KEY_FILE))));
        TokenCipher before = new TokenCipher(first);
        TokenCipher after = new TokenCipher(TokenKeyProvider.loadKeys(Optional.empty(), dir));
        assertEquals(TOKEN, after.open(before.seal(Secret.of(TOKEN), REFRESH), REFRESH).secret().reveal(), "tokens survive a restart");
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    /** A value as the cipher sealed it before key ids: {@code v1:}, no key id, no associated data. */
    private static String legacySeal(byte[] key, String token) throws Exception {
        byte[] nonce = new byte[12];
        Arrays.fill(nonce, (byte) 5);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }
}
