package erp.onlinesync.application.user;

import erp.onlinesync.domain.user.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, per user name and per client address (see {@link LoginAttempts}):
 * both sign-in mechanisms ask it before checking a password and tell it the outcome. A lock is logged
 * and written to the module's chatter, so the auditors see an attack on an account.
 * <p>
 * Kept in memory on each node, at most {@value #MAX_KEYS} keys (the oldest failures go first when
 * more arrive): a cluster of n nodes allows n times the tries, which still turns a guessing attack
 * from millions of tries a day into a few thousand. The address limit is higher than the user's, as
 * many people may sign in through one proxy address.
 * <p>
 * Config: {@code sync.login.user-lock-after} (default 10 failures), {@code sync.login.address-lock-after} (default 50).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_KEYS = 10_000;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    Clock clock;

    @Inject
    SecurityAudit audit;

    @Inject
    @ConfigProperty(name = "sync.login.user-lock-after", defaultValue = "10")
    int userLockAfter;

    @Inject
    @ConfigProperty(name = "sync.login.address-lock-after", defaultValue = "50")
    int addressLockAfter;

    private final Map<String, LoginAttempts> attempts = new ConcurrentHashMap<>();

    /** @return until when a sign-in of this user from this address is refused without a look at the password */
    public Optional<Instant> refusedUntil(String userName, String address) {
        Instant now = clock.instant();
        Optional<Instant> user = of(userKey(userName)).refusedUntil(now, LoginAttempts.FREE_FAILURES, userLockAfter);
        Optional<Instant> from = of(addressKey(address)).refusedUntil(now, addressLockAfter, addressLockAfter);
        return user.isPresent() && from.isPresent() ? Optional.of(user.get().isAfter(from.get()) ? user.get() : from.get())
                : user.isPresent() ? user : from;
    }

    public void failed(String userName, String address) {
        Instant now = clock.instant();
        makeRoom();
        LoginAttempts user = attempts.merge(userKey(userName), LoginAttempts.NONE.failed(now), (old, x) -> old.failed(now));
        LoginAttempts from = attempts.merge(addressKey(address), LoginAttempts.NONE.failed(now), (old, x) -> old.failed(now));
        if (user.justLocked(userLockAfter)) {
            told("The user name " + userName + " is locked for 15 minutes after " + userLockAfter
                    + " failed sign-ins (the last from " + address + ").");
        }
        if (from.justLocked(addressLockAfter)) {
            told("The address " + address + " is locked for 15 minutes after " + addressLockAfter + " failed sign-ins.");
        }
    }

    /** A success clears the user's failures; the address keeps its own, as it may be guessing other names. */
    public void succeeded(String userName) {
        attempts.remove(userKey(userName));
    }

    private LoginAttempts of(String key) {
        return attempts.getOrDefault(key, LoginAttempts.NONE);
    }

    private void told(String text) {
        LOG.warning(text);
        audit.record(text);
    }

    private void makeRoom() {
        if (attempts.size() >= MAX_KEYS) {
            attempts.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.comparing(LoginAttempts::lastFailure)))
                    .ifPresent(e -> attempts.remove(e.getKey()));
        }
    }

    private static String userKey(String userName) {
        return "user:" + userName.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
