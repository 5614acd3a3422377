package erp.onlinesync.application.bankfile;

import erp.onlinesync.application.run.fakes.InMemoryStatementLines;
import erp.onlinesync.domain.bankfile.BookedLine;
import erp.onlinesync.domain.bankfile.ImportJournal;
import erp.onlinesync.domain.bankfile.JournalBook;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One journal (id {@value #ID}, EUR) whose lines are the synced ones given here and the file lines
 * the {@link InMemoryStatementLines} writer holds.
 */
final class InMemoryJournalBook implements JournalBook {

    static final long ID = 7;
    /** The company of the journal. */
    static final long COMPANY = 1;

    final List<NewLine> synced = new ArrayList<>();
    final InMemoryStatementLines writer;
    String accountNumber;
    LocalDate lockDate;

    InMemoryJournalBook(InMemoryStatementLines writer, String accountNumber) {
        this.writer = writer;
        this.accountNumber = accountNumber;
    }

    @Override
    public Optional<ImportJournal> journal(long companyId, long journalId) {
        return journalId != ID || companyId != COMPANY ? Optional.empty() : Optional.of(new ImportJournal(ID, "BNK1", "Bank", CurrencyCode.of("EUR"),
                accountNumber, StatementPeriodicity.MONTH, lockDate));
    }

    @Override
    public Set<String> knownImportKeys(long journalId, Collection<String> importKeys) {
        Set<String> known = new HashSet<>(importKeys);
        known.retainAll(writer.fileKeysOf(journalId));
        return known;
    }

    @Override
    public List<BookedLine> linesBetween(long journalId, LocalDate from, LocalDate to) {
        List<BookedLine> lines = new ArrayList<>();
        synced.stream().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to))
                .forEach(l -> lines.add(new BookedLine(l.date(), l.amount(), l.paymentRef(), l.partnerName(), null)));
        return lines;
    }

    @Override
    public BigDecimal balanceBefore(long journalId, LocalDate date) {
        List<NewLine> all = new ArrayList<>(synced);
        all.addAll(writer.fileLinesOf(journalId));
        return all.stream().filter(l -> l.date().isBefore(date)).map(NewLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public void takeAccountNumber(long journalId, String number) {
        if (accountNumber == null) {
            accountNumber = number;
        }
    }
}
