package erp.onlinesync.domain.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofHours(12), RetrySchedule.DEFAULT_BACKOFF);

    @Test
    void backsOffFifteenMinutesAnHourFourHoursThenTheInterval() {
        assertEquals(NOW.plus(Duration.ofMinutes(15)), schedule.afterFailure(1, NOW, null));
        assertEquals(NOW.plus(Duration.ofHours(1)), schedule.afterFailure(2, NOW, null));
        assertEquals(NOW.plus(Duration.ofHours(4)), schedule.afterFailure(3, NOW, null));
        assertEquals(NOW.plus(Duration.ofHours(12)), schedule.afterFailure(4, NOW, null));
        assertEquals(NOW.plus(Duration.ofHours(12)), schedule.afterFailure(40, NOW, null));
    }

    @Test
    void neverLongerThanTheIntervalNorBeforeTheProvidersRetryAfter() {
        RetrySchedule hourly = new RetrySchedule(Duration.ofHours(1), RetrySchedule.DEFAULT_BACKOFF);
        assertEquals(NOW.plus(Duration.ofHours(1)), hourly.afterFailure(3, NOW, null), "4 h cut to the interval");
        Instant retryAfter = NOW.plus(Duration.ofHours(2));
        assertEquals(retryAfter, schedule.afterFailure(1, NOW, retryAfter));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), schedule.afterFailure(1, NOW, NOW.minusSeconds(5)), "a past retry_after");
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> schedule.afterFailure(0, NOW, null));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofHours(1), List.of(Duration.ofMinutes(-1))));
    }
}
