package erp.onlinesync.domain.bankfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BalanceCheckTest {

    @Test
    void openingEqualToTheJournalAndClosingEqualToOpeningPlusEntriesIsOk() {
        BalanceCheck check = BalanceCheck.of(new BigDecimal("100.00"), new BigDecimal("75.5"), new BigDecimal("100"),
                new BigDecimal("-24.50"));
        assertEquals(BalanceCheck.Result.OK, check.result());
        assertEquals(0, check.difference().signum());
    }

    @Test
    void anOpeningOtherThanTheJournalsIsAMismatchBySoMuch() {
        BalanceCheck check = BalanceCheck.of(new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("-10"));
        assertEquals(BalanceCheck.Result.MISMATCH, check.result());
        assertEquals(new BigDecimal("30"), check.difference());
    }

    @Test
    void withoutOpeningTheClosingIsComparedWithTheJournalPlusEntries() {
        assertEquals(BalanceCheck.Result.OK, BalanceCheck.of(null, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("-10")).result());
        BalanceCheck off = BalanceCheck.of(null, new BigDecimal("61"), new BigDecimal("70"), new BigDecimal("-10"));
        assertEquals(BalanceCheck.Result.MISMATCH, off.result());
        assertEquals(new BigDecimal("1"), off.difference());
    }

    @Test
    void aFileWithoutBalancesIsAbsent() {
        BalanceCheck check = BalanceCheck.of(null, null, BigDecimal.TEN, BigDecimal.ONE);
        assertEquals(BalanceCheck.Result.ABSENT, check.result());
        assertNull(check.difference());
        assertEquals("absent", check.result().apiName());
    }
}
