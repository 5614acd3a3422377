package erp.onlinesync.infrastructure.crypto;

import erp.onlinesync.domain.shared.OpenedSecret;
import erp.onlinesync.domain.shared.SealedPlace;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.shared.SecretSealer;
import erp.onlinesync.domain.shared.UnknownSealingKeyException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets for storage with AES-GCM: a fresh 96-bit nonce per value, a 128-bit tag, so a
 * changed or swapped byte in the database is detected on opening. The sealed form is
 * {@code v2:<key id>:} followed by Base64 of nonce and ciphertext; the {@link SealedPlace} is the
 * associated data, so a value moved to another row or column does not open.
 * <p>
 * Keys: the first key seals, every key opens what it sealed. The key id is the first
 * {@value #KEY_ID_CHARS} hex digits of the key's SHA-256: it tells which key to use without trying
 * them all, and names no key (32 bits of a hash of 256 random ones). A value sealed with a key that
 * is not listed gives {@link UnknownSealingKeyException}.
 * <p>
 * The format before key rotation, {@code v1:} with no key id and no associated data, still opens: each
 * key is tried in turn, and the value is reported as to be sealed again. A {@code v1:} value that no key
 * opens counts as sealed with an unknown key (the likely cause; a tampered one cannot be told apart).
 * <p>
 * Errors name no value: a tampered column gives "cannot open a sealed token".
 */
public final class TokenCipher implements SecretSealer {

    static final String PREFIX = "v2:";
    static final String LEGACY_PREFIX = "v1:";
    static final int KEY_ID_CHARS = 8;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{" + KEY_ID_CHARS + "}");

    private final List<SealingKey> keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys the current key first, then the old ones that still open; each 16, 24 or 32 bytes of AES key
     * @throws IllegalArgumentException for no key, a key of a wrong length, or a key listed twice
     */
    public TokenCipher(List<byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one token key is needed");
        }
        List<SealingKey> checked = new ArrayList<>();
        for (byte[] key : keys) {
            if (key == null || (key.length != 16 && key.length != 24 && key.length != 32)) {
                throw new IllegalArgumentException("The token key must be 16, 24 or 32 bytes");
            }
            SealingKey sealing = new SealingKey(keyId(key), new SecretKeySpec(key.clone(), "AES"));
            if (checked.stream().anyMatch(k -> k.id().equals(sealing.id()))) {
                throw new IllegalArgumentException("The token key " + sealing.id() + " is listed twice");
            }
            checked.add(sealing);
        }
        this.keys = List.copyOf(checked);
    }

    /** One key that seals and opens. */
    public TokenCipher(byte[] key) {
        this(List.of(key));
    }

    /** @return the id a value sealed with {@code key} carries */
    public static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, KEY_ID_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    @Override
    public String seal(Secret secret, SealedPlace place) {
        SealingKey current = keys.get(0);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.spec(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.associatedData());
            byte[] sealed = cipher.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
            return PREFIX + current.id() + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a token: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public OpenedSecret open(String sealed, SealedPlace place) {
        if (sealed != null && sealed.startsWith(PREFIX)) {
            return openCurrent(sealed.substring(PREFIX.length()), place);
        }
        if (sealed != null && sealed.startsWith(LEGACY_PREFIX)) {
            return openLegacy(decode(sealed.substring(LEGACY_PREFIX.length())));
        }
        throw new IllegalStateException("cannot open a sealed token: unknown format");
    }

    private OpenedSecret openCurrent(String idAndValue, SealedPlace place) {
        int colon = idAndValue.indexOf(':');
        String id = colon < 0 ? "" : idAndValue.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("cannot open a sealed token: unknown format");
        }
        SealingKey key = keys.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow(() ->
                new UnknownSealingKeyException("The token was sealed with the key " + id + ", which is not among the configured keys"));
        return decrypt(key, decode(idAndValue.substring(colon + 1)), place.associatedData())
                .map(secret -> new OpenedSecret(secret, key != keys.get(0)))
                .orElseThrow(() -> new IllegalStateException("cannot open a sealed token: altered, or sealed for another place"));
    }

    private OpenedSecret openLegacy(byte[] all) {
        for (SealingKey key : keys) {
            Optional<Secret> secret = decrypt(key, all, null);
            if (secret.isPresent()) {
                return new OpenedSecret(secret.get(), true);
            }
        }
        throw new UnknownSealingKeyException("The token was sealed before key ids, with none of the configured keys");
    }

    /** @return the value, or empty when the key or the associated data is not the one it was sealed with */
    private static Optional<Secret> decrypt(SealingKey key, byte[] all, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return Optional.of(Secret.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(String base64) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            if (all.length <= NONCE_BYTES) {
                throw new IllegalStateException("cannot open a sealed token: too short");
            }
            return all;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot open a sealed token: not Base64");
        }
    }

    private record SealingKey(String id, SecretKeySpec spec) {
    }
}
