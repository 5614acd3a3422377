package erp.onlinesync.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins of one user name or one client address, and when the next try may come: the
 * first {@code freeFailures} failures cost nothing, each one after doubles the wait (1 s, 2 s, 4 s, …
 * at most {@link #LOCK}), and {@code lockAfter} failures lock for {@link #LOCK}. A try refused during
 * a wait counts as a failure too, so hammering reaches the lock. Failures older than {@link #LOCK} are
 * forgotten, and a success clears them.
 * <p>
 * Why a wait before the next try rather than a sleep in the request: a sleeping request holds a
 * server thread, so an attacker could use the throttle itself to take the server down.
 */
public record LoginAttempts(int failures, Instant lastFailure) {

    /** Failures of a user name before any wait: a person mistyping twice is not slowed down. */
    public static final int FREE_FAILURES = 3;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final LoginAttempts NONE = new LoginAttempts(0, null);

    /** @return the attempts after one more failure at {@code now} */
    public LoginAttempts failed(Instant now) {
        return new LoginAttempts(isForgotten(now) ? 1 : failures + 1, now);
    }

    /**
     * @param freeFailures the failures before the first wait ({@link #FREE_FAILURES} for a user name; for
     *        an address, where many people may sign in, {@code lockAfter}: no wait, only the lock)
     * @param lockAfter the failures that lock for {@link #LOCK}
     * @return until when a new try is refused without checking the password, or empty when it may go on
     */
    public Optional<Instant> refusedUntil(Instant now, int freeFailures, int lockAfter) {
        if (isForgotten(now) || failures <= freeFailures && failures < lockAfter) {
            return Optional.empty();
        }
        Duration doubling = Duration.ofSeconds(1L << Math.min(Math.max(failures - freeFailures - 1, 0), 20));
        Duration wait = failures >= lockAfter || doubling.compareTo(LOCK) > 0 ? LOCK : doubling;
        Instant until = lastFailure.plus(wait);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** @return true when this failure is the one that locks: the moment to tell the auditors */
    public boolean justLocked(int lockAfter) {
        return failures == lockAfter;
    }

    private boolean isForgotten(Instant now) {
        return lastFailure == null || !lastFailure.plus(LOCK).isAfter(now);
    }
}
