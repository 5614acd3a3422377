package erp.onlinesync.domain.bankfile;

import erp.onlinesync.domain.journal.FileLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored preview of one uploaded file: what it holds for the journal, row by row, and whether it
 * was confirmed. Life cycle: created by the preview (nothing of the journal changes), confirmed at most
 * once before {@link #expiresAt()} (its new rows written in the same transaction), never changed
 * otherwise; removed a day after its expiry. Stored rather than kept in memory so the confirm works on
 * any node and writes exactly what the person saw.
 *
 * @param id null until stored
 * @param fileName the name the upload gave the file, or null
 * @param accountNumber the account the file names (the first statement's that names one), or null
 * @param csvMapping how a CSV file was read (remembered for the journal on confirm); null for camt and OFX
 * @param confirmedAt null until confirmed
 */
public record FileImport(Long id, long journalId, String createdBy, Instant createdAt, Instant expiresAt,
        Instant confirmedAt, BankFileFormat format, String fileName, String accountNumber, BalanceCheck balance,
        CsvMapping csvMapping, List<ImportRow> rows) {

    public FileImport {
        rows = List.copyOf(rows);
    }

    public FileImport withId(long newId) {
        return new FileImport(newId, journalId, createdBy, createdAt, expiresAt, confirmedAt, format, fileName, accountNumber,
                balance, csvMapping, rows);
    }

    /** @return why this preview cannot be confirmed into {@code journal} at {@code now}, or empty when it can */
    public Optional<ConfirmRefusal> refusalToConfirm(long journal, Instant now) {
        if (journal != journalId) {
            return Optional.of(ConfirmRefusal.NOT_FOUND);
        }
        if (confirmedAt != null) {
            return Optional.of(ConfirmRefusal.ALREADY_CONFIRMED);
        }
        return now.isBefore(expiresAt) ? Optional.empty() : Optional.of(ConfirmRefusal.EXPIRED);
    }

    /** @return the lines of the {@link RowStatus#NEW} rows, in file order, keyed by their identifiers */
    public List<FileLine> newLines() {
        return rows.stream().filter(r -> r.status() == RowStatus.NEW).map(r -> new FileLine(r.identifier(), r.line())).toList();
    }

    public int count(RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }

    /** @return the rows the API counts as invalid: invalid and pending ones (see {@link RowStatus}) */
    public int invalidCount() {
        return count(RowStatus.INVALID) + count(RowStatus.PENDING);
    }
}
