package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.domain.link.RetrySchedule;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {

    @Test
    void readsTheIntervalAndTheBackoffWaits() {
        RetrySchedule s = new SyncSchedule(6, Optional.of("PT5M, PT30M")).get();
        assertEquals(Duration.ofHours(6), s.interval());
        assertEquals(List.of(Duration.ofMinutes(5), Duration.ofMinutes(30)), s.backoff());
        assertEquals(RetrySchedule.DEFAULT_BACKOFF, new SyncSchedule(12, Optional.empty()).get().backoff());
    }

    @Test
    void aMalformedBackoffFailsAtStartUp() {
        assertThrows(DateTimeParseException.class, () -> new SyncSchedule(12, Optional.of("15 minutes")));
    }
}
