package erp.onlinesync.domain.journal;

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

    /** @param account an account mapped to a journal, with its link and company loaded */
    public static ImportTarget of(erp.onlinesync.domain.link.OnlineAccount account) {
        return new ImportTarget(account.getId(), account.getLink().getId(), account.getJournal().getId(),
                account.getCurrency(), account.getLink().getStatementPeriodicity(),
                account.getLink().getCompany().getLockDate());
    }

    /** @return true when a line of that date may be written (after the lock date) */
    public boolean isOpen(LocalDate date) {
        return lockDate == null || date.isAfter(lockDate);
    }
}
