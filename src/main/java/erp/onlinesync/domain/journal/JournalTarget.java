package erp.onlinesync.domain.journal;

import java.time.LocalDate;

/**
 * Where lines without an online account (file imports) go: the journal, how its lines are grouped
 * into statements, and the lock date they must stay after.
 */
public record JournalTarget(long journalId, String journalCode, StatementPeriodicity periodicity, LocalDate lockDate) {

    /** @return true when a line of that date may be written (after the lock date) */
    public boolean isOpen(LocalDate date) {
        return lockDate == null || date.isAfter(lockDate);
    }
}
