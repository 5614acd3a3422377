package erp.onlinesync.application.bankfile;

import static erp.onlinesync.domain.bankfile.Entries.DAY;
import static erp.onlinesync.domain.bankfile.Entries.booked;
import static erp.onlinesync.domain.bankfile.Entries.entry;
import static erp.onlinesync.domain.bankfile.Entries.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.run.fakes.Ids;
import erp.onlinesync.application.run.fakes.InMemoryChatterLog;
import erp.onlinesync.application.run.fakes.InMemoryStatementLines;
import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.FileBalance;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.domain.bankfile.ImportRow;
import erp.onlinesync.domain.bankfile.RowStatus;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.journal.NewLine;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Preview and confirm of bank files against in-memory ports: what each row becomes, what is refused, what is written. */
class FileImportFlowTest {

    private static final String IBAN = "BE68 5390 0754 7034";
    private static final Instant NOW = Instant.parse("2026-11-05T10:00:00Z");
    private static final long JOURNAL = InMemoryJournalBook.ID;

    private final FakeReader reader = new FakeReader();
    private final InMemoryFileImports imports = new InMemoryFileImports();
    private final InMemoryStatementLines lines = new InMemoryStatementLines(null);
    private final InMemoryChatterLog chatterLog = new InMemoryChatterLog();
    private InMemoryJournalBook book;
    private FileImportPreview preview;
    private FileImportConfirm confirm;

    @BeforeEach
    void services() {
        book = new InMemoryJournalBook(lines, IBAN);
        preview = new FileImportPreview();
        preview.reader = reader;
        preview.book = book;
        preview.imports = imports;
        preview.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        preview.maxFileMb = 1;
        preview.previewMinutes = 30;
        preview.company = actingIn(InMemoryJournalBook.COMPANY);
        ChatterService chatter = new ChatterService();
        Ids.set(chatter, "log", chatterLog);
        Ids.set(chatter, "clock", preview.clock);
        confirm = new FileImportConfirm();
        confirm.imports = imports;
        confirm.book = book;
        confirm.writer = lines;
        confirm.chatter = chatter;
        confirm.company = preview.company;
        confirmAt(NOW.plusSeconds(60));
    }

    @Test
    void theRowsOfAFileAreNewDuplicateInvalidOrPendingAndNothingIsWritten() {
        book.synced.add(new NewLine("T1", DAY, "Payment +++090/9337/55493+++", new BigDecimal("-99.00"), "EUR", "Telco", null, null, null));
        book.lockDate = DAY.minusDays(2);
        FileImport p = upload(file(BankFileFormat.CAMT, "be68539007547034", null, null,
                booked(1, "-4.20", "Coffee"), booked(2, "-4.20", "Coffee"),
                entry(3, DAY, "-99", "Telco bill", "+++090/9337/55493+++", null, true),
                entry(4, DAY, "-5", "Card", null, null, false), FileEntry.invalid(5, "Row 5: no amount"),
                entry(6, DAY, "12", "Refund", null, "REF-1", true), entry(7, DAY, "12", "Refund", null, "REF-1", true),
                entry(8, DAY.minusDays(2), "1", "Old", null, null, true)));

        assertEquals(List.of(RowStatus.NEW, RowStatus.NEW, RowStatus.DUPLICATE, RowStatus.PENDING, RowStatus.INVALID,
                RowStatus.NEW, RowStatus.DUPLICATE, RowStatus.INVALID), p.rows().stream().map(ImportRow::status).toList());
        assertEquals(RowClassifier.ALREADY_IN_JOURNAL, p.rows().get(2).reason());
        assertEquals(RowClassifier.TWICE_IN_FILE, p.rows().get(6).reason());
        assertEquals("dated on or before the lock date " + DAY.minusDays(2), p.rows().get(7).reason());
        assertEquals(List.of(3, 2, 3), List.of(p.count(RowStatus.NEW), p.count(RowStatus.DUPLICATE), p.invalidCount()));
        assertEquals(NOW.plus(Duration.ofMinutes(30)), p.expiresAt());
        assertEquals(List.of(), lines.fileLinesOf(JOURNAL), "a preview writes nothing");
        assertSame(p, imports.find(p.id()).orElseThrow(), "the preview is stored for the confirm");
    }

    @Test
    void theConfirmWritesExactlyTheNewRowsAndTheSameFileAgainHoldsOnlyDuplicates() {
        BankFile bank = file(BankFileFormat.CSV, null, null, null, booked(1, "-4.20", "Coffee"), booked(2, "-4.20", "Coffee"),
                entry(3, DAY, "-5", "Card", null, null, false));
        FileImport p = upload(bank);

        assertEquals(new ConfirmResult(2, 1), confirm.confirm(JOURNAL, p.id(), "alice"));
        assertEquals(2, lines.fileLinesOf(JOURNAL).size(), "two equal payments on one day are both imported");
        ChatterMessage told = chatterLog.of(ChatterService.JOURNAL, JOURNAL, 0, 10).get(0);
        assertEquals("alice", told.getAuthor());
        assertEquals("File \"statement.csv\" (csv) imported by alice: 2 lines imported, 0 duplicates, 0 invalid, 1 pending rows skipped.",
                told.getBody());

        FileImport again = upload(bank);
        assertEquals(List.of(RowStatus.DUPLICATE, RowStatus.DUPLICATE, RowStatus.PENDING), again.rows().stream().map(ImportRow::status).toList());
        assertEquals(RowClassifier.ALREADY_IMPORTED, again.rows().get(0).reason());
        assertEquals(new ConfirmResult(0, 3), confirm.confirm(JOURNAL, again.id(), "alice"));
        assertEquals(2, lines.fileLinesOf(JOURNAL).size());
    }

    @Test
    void aPreviewIsConfirmedOnceBeforeItsExpiryAndInItsOwnJournalOnly() {
        FileImport p = upload(file(BankFileFormat.CSV, null, null, null, booked(1, "-4.20", "Coffee")));
        assertEquals("not-found", refusal(() -> confirm.confirm(JOURNAL + 1, p.id(), "alice")));
        assertEquals("not-found", refusal(() -> confirm.confirm(JOURNAL, p.id() + 100, "alice")));
        confirmAt(p.expiresAt());
        assertEquals("preview-expired", refusal(() -> confirm.confirm(JOURNAL, p.id(), "alice")));
        confirmAt(NOW.plusSeconds(60));
        confirm.confirm(JOURNAL, p.id(), "alice");
        assertEquals("already-confirmed", refusal(() -> confirm.confirm(JOURNAL, p.id(), "alice")));
        assertEquals(1, lines.fileLinesOf(JOURNAL).size(), "the refused confirms wrote nothing");
    }

    @Test
    void aJournalOfAnotherCompanyIsUnknownToPreviewAndConfirmAndNothingIsStoredOrWritten() {
        FileImport p = upload(file(BankFileFormat.CSV, null, null, null, booked(1, "-4.20", "Coffee")));
        preview.company.actIn(InMemoryJournalBook.COMPANY + 1);
        assertEquals("not-found", refusal(() -> upload(file(BankFileFormat.CSV, null, null, null, booked(2, "-4.20", "Tea")))));
        assertEquals("not-found", refusal(() -> confirm.confirm(JOURNAL, p.id(), "alice")));
        assertEquals(1, imports.previews.size(), "only the preview made in the journal's own company");
        assertTrue(lines.fileLinesOf(JOURNAL).isEmpty());
    }

    @Test
    void aFileOfAnotherAccountOrCurrencyOrWithoutEntriesIsRefusedAndNothingIsStored() {
        assertEquals("wrong-account", refusal(() -> upload(file(BankFileFormat.CAMT, "BE71096123456769", null, null, booked(1, "1", "x")))));
        BankFile dollars = new BankFile(BankFileFormat.OFX, List.of(new FileStatement(IBAN, "USD", null, null, List.of(booked(1, "1", "x")))));
        assertEquals("wrong-currency", refusal(() -> upload(dollars)));
        FileEntry yen = new FileEntry(1, DAY, BigDecimal.ONE, "JPY", "x", null, null, null, null, true, null, null, null);
        assertEquals("wrong-currency", refusal(() -> upload(file(BankFileFormat.CAMT, IBAN, null, null, yen))));
        assertEquals("empty-file", refusal(() -> upload(file(BankFileFormat.CAMT, IBAN, null, null))));
        assertTrue(imports.previews.isEmpty());
    }

    @Test
    void aFileOfSeveralAccountsGivesTheJournalItsOwnStatementsAndShowsTheOthersLeftOut() {
        FileStatement own = new FileStatement(IBAN, "EUR", null, null, List.of(booked(1, "-4.20", "Coffee")));
        FileStatement other = new FileStatement("0012345678", "USD", null, null, List.of(booked(2, "200", "Dollars")));
        FileImport p = upload(new BankFile(BankFileFormat.CAMT, List.of(own, other)));
        assertEquals(List.of(RowStatus.NEW, RowStatus.INVALID), p.rows().stream().map(ImportRow::status).toList());
        assertEquals("of account 0012345678, not the journal's", p.rows().get(1).reason());
        assertEquals(new ConfirmResult(1, 1), confirm.confirm(JOURNAL, p.id(), "alice"));
        assertEquals(List.of(new BigDecimal("-4.20")), lines.fileLinesOf(JOURNAL).stream().map(NewLine::amount).toList());

        book.accountNumber = null;
        assertEquals("wrong-account", refusal(() -> upload(new BankFile(BankFileFormat.CAMT, List.of(own, other)))),
                "a journal without number cannot tell which account is its own");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        reader.next = file(BankFileFormat.CSV, null, null, null, booked(1, "1", "x"));
        InputStream big = new ByteArrayInputStream(new byte[1024 * 1024 + 1]);
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> preview.preview(JOURNAL, big, "big.csv", null, null, "alice"));
        assertEquals("file-too-large", e.code());
        assertEquals("The file is larger than 1 MB", e.getMessage());
        assertTrue(imports.previews.isEmpty());
    }

    @Test
    void aJournalWithoutAccountNumberTakesTheFilesOnConfirm() {
        book.accountNumber = null;
        FileImport p = upload(file(BankFileFormat.CAMT, IBAN, null, null, booked(1, "1", "x")));
        assertNull(book.accountNumber, "not before the confirm");
        confirm.confirm(JOURNAL, p.id(), "alice");
        assertEquals("BE68539007547034", book.accountNumber);
    }

    @Test
    void theCsvMappingOfAConfirmedImportIsUsedForTheNextFileOfTheJournal() {
        FileImport first = upload(file(BankFileFormat.CSV, null, null, null, booked(1, "1", "x")));
        assertNull(reader.mappingAsked, "no mapping yet: the reader guesses");
        assertEquals(FakeReader.GUESSED, first.csvMapping());
        confirm.confirm(JOURNAL, first.id(), "alice");

        upload(file(BankFileFormat.CSV, null, null, null, booked(1, "2", "y")));
        assertEquals(FakeReader.GUESSED, reader.mappingAsked, "the remembered mapping");
        assertEquals(1, reader.guesses);
    }

    @Test
    void balancesThatDifferFromTheJournalAreShownAndToldOnConfirm() {
        FileImport p = upload(file(BankFileFormat.CAMT, IBAN, new FileBalance(DAY, new BigDecimal("100")),
                new FileBalance(DAY, new BigDecimal("95.8")), booked(1, "-4.20", "Coffee")));
        assertEquals("mismatch", p.balance().result().apiName());
        assertEquals(new BigDecimal("100"), p.balance().difference(), "the journal is empty before the file");
        confirm.confirm(JOURNAL, p.id(), "alice");
        assertTrue(chatterLog.all().get(0).getBody().endsWith("The file's balances differ from the journal's by 100.00 EUR."),
                chatterLog.all().get(0).getBody());

        FileImport next = upload(file(BankFileFormat.CAMT, IBAN, new FileBalance(DAY, new BigDecimal("-4.2")),
                new FileBalance(DAY.plusDays(1), new BigDecimal("-5.2")), entry(1, DAY.plusDays(1), "-1", "Tea", null, null, true)));
        assertEquals("ok", next.balance().result().apiName(), "the journal's balance before the file is its opening");
    }

    private FileImport upload(BankFile file) {
        reader.next = file;
        return preview.preview(JOURNAL, new ByteArrayInputStream("content".getBytes()), "statement." + file.format().name().toLowerCase(),
                null, null, "alice");
    }

    private static ActingCompany actingIn(long companyId) {
        ActingCompany company = new ActingCompany();
        company.actIn(companyId);
        return company;
    }

    private void confirmAt(Instant at) {
        confirm.clock = Clock.fixed(at, ZoneOffset.UTC);
    }

    private static String refusal(Runnable call) {
        return assertThrows(BadRequestException.class, call::run).code();
    }
}
