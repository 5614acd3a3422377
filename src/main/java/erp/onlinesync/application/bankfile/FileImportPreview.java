package erp.onlinesync.application.bankfile;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.domain.bankfile.BalanceCheck;
import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.BankFileReader;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.domain.bankfile.FileBalance;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.FileImports;
import erp.onlinesync.domain.bankfile.FileRows;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.domain.bankfile.ImportJournal;
import erp.onlinesync.domain.bankfile.ImportRow;
import erp.onlinesync.domain.bankfile.JournalBook;
import erp.onlinesync.domain.bankfile.RowStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first step of a file import: reads an uploaded file through the {@link BankFileReader}, refuses
 * it as a whole when it may not go into the journal and leaves other accounts' statements out
 * ({@link FileChecks}), says of each row whether it
 * is new, a duplicate or invalid ({@link RowClassifier}), checks its balances against the journal
 * ({@link BalanceCheck}), and stores all of it as a {@link FileImport} that {@link FileImportConfirm}
 * writes. Nothing of the journal changes here.
 * <p>
 * A CSV file read without a mapping is read with the journal's remembered one, else with the reader's
 * guess; the mapping used is kept with the preview, so the confirm can remember it for the next file.
 * Settings: {@value #MAX_FILE_MB} (default {@value #DEFAULT_MAX_FILE_MB}), {@value #PREVIEW_MINUTES}
 * (default {@value #DEFAULT_PREVIEW_MINUTES}).
 */
@Stateless
public class FileImportPreview {

    static final String MAX_FILE_MB = "sync.import.max-file-mb";
    static final String DEFAULT_MAX_FILE_MB = "60";
    static final String PREVIEW_MINUTES = "sync.import.preview-minutes";
    static final String DEFAULT_PREVIEW_MINUTES = "30";
    /** What {@link BankFileReader#guessCsv} is shown of a file: a few kilobytes. */
    static final int HEAD_BYTES = 16 * 1024;
    /** A preview stays a day past its expiry, so a late confirm hears "expired" rather than "unknown". */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    private static final long MEGABYTE = 1024L * 1024L;

    @Inject
    BankFileReader reader;

    @Inject
    JournalBook book;

    @Inject
    FileImports imports;

    @Inject
    Clock clock;

    @Inject
    ActingCompany company;

    @Inject
    @ConfigProperty(name = MAX_FILE_MB, defaultValue = DEFAULT_MAX_FILE_MB)
    int maxFileMb;

    @Inject
    @ConfigProperty(name = PREVIEW_MINUTES, defaultValue = DEFAULT_PREVIEW_MINUTES)
    int previewMinutes;

    /**
     * @param fileName the upload's file name, or null
     * @param format the format the person chose, or null to recognise it
     * @param mapping how to read a CSV file, or null for the journal's remembered one or a guess
     * @return the stored preview, with its id
     * @throws BadRequestException {@code not-found} for an unknown journal or one of another company; the {@link Problem#code()} of a
     *         file that cannot be read or may not go into the journal (nothing is stored then)
     */
    public FileImport preview(long journalId, InputStream file, String fileName, BankFileFormat format, CsvMapping mapping,
            String user) {
        ImportJournal journal = book.journal(company.id(), journalId)
                .orElseThrow(() -> new BadRequestException("not-found", "No journal with id " + journalId));
        try {
            return imports.save(previewOf(journal, new Upload(file, fileName, format, mapping), user));
        } catch (BankFileException e) {
            throw new BadRequestException(e.problem().code(), e.getMessage());
        }
    }

    /** @return the CSV mapping the journal's last confirmed CSV import used, to offer again */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CsvMapping> rememberedMapping(long journalId) {
        return imports.csvMappingOf(journalId);
    }

    /** What was uploaded: the file, its name, and how the person said to read it. */
    private record Upload(InputStream file, String fileName, BankFileFormat format, CsvMapping mapping) {
    }

    private FileImport previewOf(ImportJournal journal, Upload upload, String user) {
        BankFileFormat format = upload.format();
        CsvMapping given = upload.mapping();
        SizeLimitedStream limited = new SizeLimitedStream(upload.file(), maxFileMb * MEGABYTE);
        BufferedInputStream in = new BufferedInputStream(limited, HEAD_BYTES);
        byte[] head = head(in);
        CsvMapping mapping = given != null || format == BankFileFormat.CAMT || format == BankFileFormat.OFX ? given
                : imports.csvMappingOf(journal.id()).orElse(null);
        BankFile file = read(limited, in, format, mapping);
        if (file.format() == BankFileFormat.CSV && mapping == null) {
            mapping = reader.guessCsv(head);
        }
        FileChecks.Checked checked = FileChecks.check(file, journal);
        List<FileEntry> entries = FileRows.entriesOf(checked.kept());
        List<ImportRow> rows = new ArrayList<>(classify(journal, entries, FileRows.sort(file.format(), entries, journal.currency())));
        rows.addAll(FileRows.leftOut(rows.size(), checked.leftOut(), journal.currency()));
        Instant now = clock.instant();
        imports.forgetExpiredBefore(now.minus(KEPT_AFTER_EXPIRY));
        return new FileImport(null, journal.id(), user, now, now.plus(Duration.ofMinutes(previewMinutes)), null,
                file.format(), upload.fileName(), checked.account(), balanceCheck(journal.id(), checked.kept(), entries),
                file.format() == BankFileFormat.CSV ? mapping : null, rows);
    }

    private BankFile read(SizeLimitedStream limited, InputStream in, BankFileFormat format, CsvMapping mapping) {
        try {
            BankFile file = reader.read(in, format, mapping);
            refuseIfTooLarge(limited);
            return file;
        } catch (BankFileException e) {
            refuseIfTooLarge(limited);
            throw e;
        }
    }

    private void refuseIfTooLarge(SizeLimitedStream limited) {
        if (limited.exceeded()) {
            throw new BankFileException(Problem.TOO_LARGE, "The file is larger than " + maxFileMb + " MB");
        }
    }

    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new BankFileException(Problem.BROKEN, "The file could not be received completely", e);
        }
    }

    private List<ImportRow> classify(ImportJournal journal, List<FileEntry> entries, List<ImportRow> rows) {
        List<ImportRow> candidates = rows.stream().filter(r -> r.status() == RowStatus.NEW).toList();
        if (candidates.isEmpty()) {
            return rows;
        }
        Set<String> ids = candidates.stream().map(ImportRow::identifier).collect(Collectors.toSet());
        LocalDate first = candidates.stream().map(r -> r.line().date()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = candidates.stream().map(r -> r.line().date()).max(Comparator.naturalOrder()).orElseThrow();
        return new RowClassifier(book.knownImportKeys(journal.id(), ids), book.linesBetween(journal.id(), first, last),
                journal.lockDate()).classify(entries, rows);
    }

    /** The first statement's opening balance and the last one's closing balance against the journal. */
    private BalanceCheck balanceCheck(long journalId, BankFile file, List<FileEntry> entries) {
        List<FileEntry> booked = entries.stream().filter(e -> e.isValid() && e.booked()).toList();
        FileBalance opening = file.statements().stream().map(FileStatement::opening).filter(Objects::nonNull).findFirst().orElse(null);
        FileBalance closing = file.statements().stream().map(FileStatement::closing).filter(Objects::nonNull)
                .reduce((a, b) -> b).orElse(null);
        LocalDate first = booked.stream().map(FileEntry::date).min(Comparator.naturalOrder())
                .orElse(opening != null ? opening.date() : closing != null ? closing.date() : null);
        if (first == null) {
            return BalanceCheck.of(null, null, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal movement = booked.stream().map(FileEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return BalanceCheck.of(opening == null ? null : opening.amount(), closing == null ? null : closing.amount(),
                book.balanceBefore(journalId, first), movement);
    }
}
