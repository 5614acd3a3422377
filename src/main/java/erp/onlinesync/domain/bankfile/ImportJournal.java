package erp.onlinesync.domain.bankfile;

import erp.onlinesync.domain.journal.JournalTarget;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.time.LocalDate;

/**
 * What a file import needs to know of the journal it goes into.
 *
 * @param bankAccountNumber as the journal has it, or null: such a journal accepts any file and takes its number
 * @param periodicity that of the link feeding the journal, {@link StatementPeriodicity#MONTH} for a journal without one
 * @param lockDate the company's lock date, or null
 */
public record ImportJournal(long id, String code, String name, CurrencyCode currency, String bankAccountNumber,
        StatementPeriodicity periodicity, LocalDate lockDate) {

    /** @return where the confirm writes */
    public JournalTarget target() {
        return new JournalTarget(id, code, periodicity, lockDate);
    }
}
