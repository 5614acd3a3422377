package erp.onlinesync.domain.journal;

import erp.onlinesync.domain.run.RunClaim;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one writer of imported transactions, for runs, Find Missing and file imports: batched
 * insert-if-absent, where the unique index on (online account, transaction identifier), or for file
 * lines on (journal, import key), is the final word on duplicates, so a resent page, a retried run, a
 * resumed crash or a re-uploaded file inserts nothing twice.
 * <p>
 * Each method is one database transaction, except {@link #writeFileLines}, which joins the caller's.
 * A run's writes are fenced: they land only while the run is
 * still running under {@code claim}, else they throw {@link erp.onlinesync.domain.run.ClaimLostException}
 * and write nothing; each carries the run's cursor after it, so a crash loses at most the page in
 * flight.
 *
 * @throws ImportFailedException from every method when the database refuses the write (nothing of it is kept)
 */
public interface StatementLineStore {

    /**
     * Writes a page of posted transactions: lines dated on or before the lock date are skipped, the
     * others inserted unless already imported, each in the statement of its period.
     *
     * @param cursor the run's cursor after this page (JSON text)
     */
    PageCounts writePostedPage(RunClaim claim, ImportTarget target, String journalCode, List<NewLine> lines,
            String cursor, Instant leaseUntil);

    /** Replaces the account's pending transactions with those of this run. */
    void replacePending(RunClaim claim, ImportTarget target, List<NewLine> pending, String cursor, Instant leaseUntil);

    /**
     * Ends an account: stores the bank's balances, adds or adjusts the opening-balance line so that
     * the journal's balance equals the bank's, and recomputes the statements' balances.
     *
     * @param balanceDate the bank's balance date, used to date a first opening line when the journal is empty
     * @return the amount of the opening-balance adjustment (zero when none was needed)
     */
    BigDecimal finishAccount(RunClaim claim, ImportTarget target, String journalCode, BigDecimal balance,
            BigDecimal availableBalance, LocalDate balanceDate, Instant now, String cursor, Instant leaseUntil);

    /**
     * Writes lines outside any run (Find Missing Transactions): the same insert-if-absent as a run's
     * pages, then the statements' balances again.
     */
    PageCounts writeLines(ImportTarget target, String journalCode, List<NewLine> lines, Instant now);

    /**
     * Writes lines from a bank file in the caller's transaction (so the confirm marks its preview
     * confirmed in the same one): lines dated on or before the lock date are skipped, the others
     * inserted unless the journal holds their import key already, each in the statement of its
     * period; then the statements' balances again.
     */
    PageCounts writeFileLines(JournalTarget target, List<FileLine> lines, Instant now);

    /** @return the names of the statements the run's pages put lines into, in period order */
    List<String> statementsTouched(long runId);

    /** @return the booking date and identifier of the account's newest imported posted transaction */
    Optional<NewestLine> newestImported(long accountId);

    /** The newest imported posted transaction of an account, where the next listing starts. */
    record NewestLine(LocalDate date, String onlineTransactionIdentifier) {
    }
}
