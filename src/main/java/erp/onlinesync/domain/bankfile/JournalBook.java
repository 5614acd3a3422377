package erp.onlinesync.domain.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a file import reads of, and changes in, the journal besides its lines. Every method joins
 * the caller's transaction; the queries are bounded by the file (its identifiers, its dates).
 */
public interface JournalBook {

    /** @return the journal when it is one of the company's; empty for an unknown id or another company's journal */
    Optional<ImportJournal> journal(long companyId, long journalId);

    /** @return those of {@code importKeys} the journal holds as lines imported from files */
    Set<String> knownImportKeys(long journalId, Collection<String> importKeys);

    /** @return the journal's lines dated from {@code from} to {@code to}, both inclusive */
    List<BookedLine> linesBetween(long journalId, LocalDate from, LocalDate to);

    /** @return the sum of the journal's lines dated before {@code date} (zero when none) */
    BigDecimal balanceBefore(long journalId, LocalDate date);

    /** Gives the journal this bank account number if it has none yet; a journal with one keeps it. */
    void takeAccountNumber(long journalId, String accountNumber);
}
