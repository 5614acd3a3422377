package erp.onlinesync.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StartDateRuleTest {

    private static final LocalDate NEWEST = LocalDate.of(2026, 11, 20);

    @Test
    void overlapsTheNewestImportedDayByTheWindow() {
        assertEquals(LocalDate.of(2026, 11, 18), StartDateRule.startDate(NEWEST, null, 3, null));
        assertEquals(LocalDate.of(2026, 11, 21), StartDateRule.startDate(NEWEST, null, 0, null),
                "0 gives the reference product's last transaction + 1 day");
    }

    @Test
    void firstImportUsesTheChosenDateOrAllHistory() {
        assertEquals(LocalDate.of(2026, 1, 1), StartDateRule.startDate(null, LocalDate.of(2026, 1, 1), 3, null));
        assertNull(StartDateRule.startDate(null, null, 3, null), "null asks for all history");
    }

    @Test
    void neverOnOrBeforeTheLockDate() {
        LocalDate lock = LocalDate.of(2026, 11, 19);
        assertEquals(LocalDate.of(2026, 11, 20), StartDateRule.startDate(NEWEST, null, 3, lock));
        assertEquals(LocalDate.of(2026, 11, 20), StartDateRule.startDate(null, null, 3, lock), "all history starts after the lock");
        assertEquals(LocalDate.of(2026, 11, 20), StartDateRule.startDate(null, lock, 3, lock), "the lock date itself is closed");
        assertEquals(LocalDate.of(2026, 11, 18), StartDateRule.startDate(NEWEST, null, 3, LocalDate.of(2026, 11, 17)));
        assertThrows(IllegalArgumentException.class, () -> StartDateRule.startDate(NEWEST, null, -1, null));
    }
}
