package erp.onlinesync.domain.link;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a link's next automatic run may start: one {@code interval} after a good run; after
 * consecutive failed runs, each wait of {@code backoff} in turn (by default 15 minutes after the
 * first, an hour after the second, four hours after the third), then the interval again. Never longer
 * than the interval (a failing link is tried at least as often as a healthy one) and never before the
 * time the provider asked for ({@code retry_after}). A bank's quota is about four calls a day, so a
 * minute-by-minute retry would spend it on failures, and a failing link taken at every tick would
 * starve the healthy ones.
 *
 * @param interval the normal time between two automatic runs
 * @param backoff the waits after the 1st, 2nd, ... failure
 */
public record RetrySchedule(Duration interval, List<Duration> backoff) {

    public static final List<Duration> DEFAULT_BACKOFF = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

    public RetrySchedule {
        if (interval.isNegative() || interval.isZero() || backoff.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("the interval and the backoff waits must be positive");
        }
        backoff = List.copyOf(backoff);
    }

    /** @return when the next automatic run is due after a good run at {@code now} */
    public Instant afterSuccess(Instant now) {
        return now.plus(interval);
    }

    /**
     * @param failures consecutive failed runs, the one that just ended included (1 or more)
     * @param notBefore the provider's {@code retry_after}, or null
     */
    public Instant afterFailure(int failures, Instant now, Instant notBefore) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be 1 or more");
        }
        Duration wait = failures <= backoff.size() ? backoff.get(failures - 1) : interval;
        Instant next = now.plus(wait.compareTo(interval) < 0 ? wait : interval);
        return notBefore != null && notBefore.isAfter(next) ? notBefore : next;
    }
}
