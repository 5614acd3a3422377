package erp.onlinesync.application.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which picked lines the Find Duplicates wizard may delete. */
class LineDeletionRuleTest {

    private static final LocalDate LOCK = LocalDate.of(2026, 6, 30);

    @Test
    void anOpenUnreconciledLineMayBeDeleted() {
        assertEquals(Optional.empty(), LineDeletionRule.refusal(false, LOCK, new Company("Open", CurrencyCode.of("EUR"))));
        assertEquals(Optional.empty(), LineDeletionRule.refusal(false, LOCK.plusDays(1), locked()));
    }

    @Test
    void aReconciledLineIsRefusedWithItsReason() {
        Optional<String> refusal = LineDeletionRule.refusal(true, LOCK.plusDays(1), locked());
        assertTrue(refusal.orElseThrow().contains("reconciled"), refusal.toString());
    }

    @Test
    void aLineInClosedBooksIsRefused() {
        assertTrue(LineDeletionRule.refusal(false, LOCK, locked()).orElseThrow().contains("lock date 2026-06-30"));
        assertTrue(LineDeletionRule.refusal(false, LOCK.minusYears(1), locked()).isPresent());
    }

    private static Company locked() {
        Company company = new Company("Closed until June", CurrencyCode.of("EUR"));
        company.lockUntil(LOCK);
        return company;
    }
}
