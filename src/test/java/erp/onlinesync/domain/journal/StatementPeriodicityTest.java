package erp.onlinesync.domain.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatementPeriodicityTest {

    private static final LocalDate SUNDAY_30_NOV = LocalDate.of(2026, 11, 30).minusDays(1);

    @Test
    void monthCoversTheCalendarMonthIncludingLeapDays() {
        StatementPeriod p = StatementPeriodicity.MONTH.periodOf(LocalDate.of(2028, 2, 15));
        assertEquals(LocalDate.of(2028, 2, 1), p.start());
        assertEquals(LocalDate.of(2028, 2, 29), p.end());
        assertEquals("2028-02", p.label());
    }

    @Test
    void weekRunsMondayToSundayWithTheIsoWeekNumber() {
        StatementPeriod p = StatementPeriodicity.WEEK.periodOf(SUNDAY_30_NOV);
        assertEquals(LocalDate.of(2026, 11, 23), p.start());
        assertEquals(SUNDAY_30_NOV, p.end());
        assertEquals("2026-W48", p.label());
        // 1 January 2027 is a Friday of ISO week 53 of 2026
        assertEquals("2026-W53", StatementPeriodicity.WEEK.periodOf(LocalDate.of(2027, 1, 1)).label());
    }

    @Test
    void dayIsOneDayAndNoneIsNoStatement() {
        StatementPeriod p = StatementPeriodicity.DAY.periodOf(SUNDAY_30_NOV);
        assertEquals(p.start(), p.end());
        assertTrue(p.contains(SUNDAY_30_NOV));
        assertNull(StatementPeriodicity.NONE.periodOf(SUNDAY_30_NOV));
    }

    @Test
    void everyDateFallsInExactlyTheDaysOfItsPeriod() {
        for (StatementPeriodicity periodicity : new StatementPeriodicity[] {StatementPeriodicity.DAY,
                StatementPeriodicity.WEEK, StatementPeriodicity.MONTH}) {
            for (LocalDate d = LocalDate.of(2026, 12, 20); d.isBefore(LocalDate.of(2027, 1, 15)); d = d.plusDays(1)) {
                StatementPeriod p = periodicity.periodOf(d);
                assertTrue(p.contains(d));
                assertEquals(p, periodicity.periodOf(p.start()), "the period's first day has the same period");
                assertEquals(p, periodicity.periodOf(p.end()));
            }
        }
    }

    @Test
    void parsesTheApiNames() {
        assertEquals(StatementPeriodicity.WEEK, StatementPeriodicity.fromApi("week"));
        assertThrows(IllegalArgumentException.class, () -> StatementPeriodicity.fromApi("fortnight"));
        assertThrows(IllegalArgumentException.class, () -> StatementPeriodicity.fromApi(null));
    }
}
