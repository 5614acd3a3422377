package erp.onlinesync.domain.link;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a link's next automatic run may start after consecutive failed runs: 15 minutes after the
 * first, an hour after the second, four hours after the third, then the link's normal interval; never
 * longer than that interval (a failing link is tried at least as often as a healthy one) and never
 * before the time the provider asked for ({@code retry_after}). A bank's quota is about four calls a
 * day, so a minute-by-minute retry would spend it on failures.
 */
public final class RetrySchedule {

    /** The waits after the 1st, 2nd, 3rd failure; from the 4th on, the normal interval. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

    private RetrySchedule() {
    }

    /**
     * @param failures consecutive failed runs, the one that just ended included (1 or more)
     * @param notBefore the provider's {@code retry_after}, or null
     */
    public static Instant nextAttempt(int failures, Instant now, Duration interval, Instant notBefore) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be 1 or more");
        }
        Duration wait = failures <= BACKOFF.size() ? BACKOFF.get(failures - 1) : interval;
        Instant next = now.plus(wait.compareTo(interval) < 0 ? wait : interval);
        return notBefore != null && notBefore.isAfter(next) ? notBefore : next;
    }
}
