package erp.onlinesync.domain.journal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.shared.CurrencyCode;
import erp.onlinesync.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A line typed by hand has no bank identity: deleting it leaves nothing to remember. */
class DeletedTransactionTest {

    @Test
    void aManualLineIsNotRemembered() {
        CurrencyCode eur = CurrencyCode.of("EUR");
        Journal journal = new Journal(new Company("Acme", eur), "Bank", "BNK9", eur, null, BankStatementSource.UNDEFINED);
        StatementLine manual = new StatementLine(journal, LocalDate.of(2026, 11, 3), Money.parse("-12.50", "EUR"), "typed");
        assertFalse(DeletedTransaction.isSynchronized(manual));
        assertThrows(IllegalArgumentException.class,
                () -> DeletedTransaction.recordDeletionOf(manual, "alice", Instant.parse("2026-11-04T08:00:00Z")));
    }
}
