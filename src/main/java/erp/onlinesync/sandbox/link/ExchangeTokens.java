package erp.onlinesync.sandbox.link;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-use tokens the connect page hands to the module through the browser redirect, each standing
 * for one {@link Consent} for {@link #VALIDITY}. They live in memory only: a restart between the redirect
 * and the exchange makes the user go through the page again, as an expired one would.
 */
public final class ExchangeTokens {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    private static final int TOKEN_BYTES = 32;

    private record Issued(Consent consent, Instant expires) {
    }

    private final Map<String, Issued> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public ExchangeTokens(Clock clock) {
        this.clock = clock;
    }

    /** @return a new token for the consent, URL-safe */
    public String issue(Consent consent) {
        Instant now = clock.instant();
        byToken.values().removeIf(issued -> issued.expires().isBefore(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byToken.put(token, new Issued(consent, now.plus(VALIDITY)));
        return token;
    }

    /** @return the token's consent, once: empty when the token is unknown, already used or expired */
    public Optional<Consent> redeem(String token) {
        Issued issued = token == null ? null : byToken.remove(token);
        if (issued == null || clock.instant().isAfter(issued.expires())) {
            return Optional.empty();
        }
        return Optional.of(issued.consent());
    }
}
