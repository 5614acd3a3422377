package erp.onlinesync.application.importing;

import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.time.LocalDate;

/**
 * What the importer needs to know of one account, read once per run: where its lines go (journal,
 * link), their currency, how they are grouped into statements, and the lock date they must stay
 * after.
 */
public record ImportTarget(long accountId, long linkId, long journalId, CurrencyCode currency,
        StatementPeriodicity periodicity, LocalDate lockDate) {

    /** @return true when a line of that date may be written (after the lock date) */
    public boolean isOpen(LocalDate date) {
        return lockDate == null || date.isAfter(lockDate);
    }
}
