package erp.onlinesync.application.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import erp.onlinesync.domain.run.RunCursor;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RunCursorCodecTest {

    @Test
    void roundTripsEveryField() {
        RunCursor c = new RunCursor(42L, RunCursor.Phase.POSTED, "{\"offset\":100,\"token\":\"a\\\"b\"}",
                LocalDate.of(2026, 11, 1), "tx-9", Instant.parse("2026-11-30T10:00:00Z"));
        assertEquals(c, RunCursorCodec.decode(RunCursorCodec.encode(c)));
        RunCursor start = RunCursor.startOf(7L);
        assertEquals(start, RunCursorCodec.decode(RunCursorCodec.encode(start)));
    }

    @Test
    void nothingIsNoCursor() {
        assertNull(RunCursorCodec.encode(null));
        assertNull(RunCursorCodec.decode(null));
        assertNull(RunCursorCodec.decode(" "));
    }

    @Test
    void theNextPageKeepsTheQueryFields() {
        RunCursor c = RunCursor.startOf(1L).postedFrom(LocalDate.of(2026, 1, 1), "tx-1").nextPage("{\"p\":2}");
        assertEquals(LocalDate.of(2026, 1, 1), c.startDate());
        assertEquals("tx-1", c.lastTransactionId());
        assertEquals(RunCursor.Phase.POSTED, c.phase());
        RunCursor pending = c.then(RunCursor.Phase.PENDING);
        assertNull(pending.nextData(), "a new listing starts at its first page");
    }
}
