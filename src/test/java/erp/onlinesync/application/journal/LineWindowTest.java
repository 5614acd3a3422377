package erp.onlinesync.application.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.application.BadRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LineWindowTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void defaultsToTheFirstPageOfAHundred() {
        LineWindow w = LineWindow.of(null, null, null, null);
        assertEquals(0, w.page());
        assertEquals(LineWindow.DEFAULT_SIZE, w.size());
        assertEquals(0, w.offset());
    }

    @Test
    void theOffsetCountsTheLinesOfEarlierPages() {
        assertEquals(2500, LineWindow.of(JAN_1, JAN_1, 5, 500).offset(), "from equal to to is one day");
        assertEquals(LineWindow.MAX_SIZE, LineWindow.of(null, null, 0, LineWindow.MAX_SIZE).size());
    }

    @Test
    void refusesANegativePageASizeOutOfRangeAndFromAfterTo() {
        assertInvalid(() -> LineWindow.of(null, null, -1, null));
        assertInvalid(() -> LineWindow.of(null, null, 0, 0));
        assertInvalid(() -> LineWindow.of(null, null, 0, LineWindow.MAX_SIZE + 1));
        assertInvalid(() -> LineWindow.of(JAN_1.plusDays(1), JAN_1, null, null));
        assertInvalid(() -> LineWindow.of(null, null, Integer.MAX_VALUE, 1000));
    }

    private static void assertInvalid(Runnable build) {
        assertEquals("invalid-field", assertThrows(BadRequestException.class, build::run).code());
    }
}
