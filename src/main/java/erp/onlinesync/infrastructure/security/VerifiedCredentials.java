package erp.onlinesync.infrastructure.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials verified in the last {@link #TTL}, so that a script calling the API is not
 * charged a PBKDF2 hash (~50 ms of CPU) on every request.
 * <p>
 * Entries are keyed by an HMAC-SHA256 of user name and password under a random key made at each
 * start and never stored: the map holds no password, and its keys are worthless outside this process.
 * Only valid results are kept, so a wrong password always pays the full hash (no fast guessing).
 * A password changed or a user deactivated through the module is forgotten at once on the node that
 * changed it ({@link #forget}); pitfall: other nodes, and a change made in the database by hand,
 * accept the old credential until its entry expires, at most {@link #TTL} later.
 */
final class VerifiedCredentials {

    static final Duration TTL = Duration.ofSeconds(60);
    /** Bound on the map: past it, expired entries are dropped, and all of them if none expired. */
    static final int MAX_ENTRIES = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(CredentialValidationResult result, Instant expires) {
    }

    VerifiedCredentials(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.clock = clock;
    }

    /**
     * The cached result of these credentials, or the store's answer from {@code verify}, kept when
     * valid.
     */
    CredentialValidationResult verify(String user, String password, Supplier<CredentialValidationResult> verify) {
        String id = keyOf(user, password);
        Instant now = clock.instant();
        Entry cached = entries.get(id);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.result();
        }
        CredentialValidationResult result = verify.get();
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            makeRoom(now);
            entries.put(id, new Entry(result, now.plus(TTL)));
        } else {
            entries.remove(id);
        }
        return result;
    }

    /** Drops what was verified for this user: their password or activity changed. */
    void forget(String user) {
        entries.values().removeIf(e -> e.result().getCallerPrincipal().getName().equals(user));
    }

    int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
    }

    private String keyOf(String user, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC); // a Mac is not thread-safe; making one is cheap beside a hash
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
