package erp.onlinesync.infrastructure.bankfile.camt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.FileBalance;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.infrastructure.bankfile.BankFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample camt files of every message and version, read field by field. */
class CamtReaderTest {

    private final CamtReader reader = new CamtReader();

    @Test
    void readsBothStatementsOfACamt053WithTheirAccountsAndBalances() {
        BankFile file = read("camt053-v02.xml");

        assertEquals(BankFileFormat.CAMT, file.format());
        assertEquals(2, file.statements().size());
        FileStatement first = file.statements().get(0);
        assertEquals("BE71096123456769", first.accountNumber());
        assertEquals("EUR", first.currencyCode());
        assertEquals(new FileBalance(LocalDate.of(2024, 1, 15), new BigDecimal("1500.00")), first.opening());
        assertEquals(new FileBalance(LocalDate.of(2024, 1, 15), new BigDecimal("167.50")), first.closing());
        FileStatement second = file.statements().get(1);
        assertEquals("0012345678", second.accountNumber());
        assertEquals("USD", second.currencyCode());
        assertEquals(new FileBalance(LocalDate.of(2024, 1, 14), new BigDecimal("-120.00")), second.opening());
        assertEquals(new FileBalance(LocalDate.of(2024, 1, 15), new BigDecimal("80.00")), second.closing());
    }

    @Test
    void aBatchOfThreeTransactionsBecomesThreeEntriesAndAnInformationEntryNone() {
        List<FileEntry> entries = read("camt053-v02.xml").statements().get(0).entries();

        assertEquals(6, entries.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), entries.stream().map(FileEntry::row).toList());
        assertEquals(List.of(new BigDecimal("-1000.00"), new BigDecimal("-800.00"), new BigDecimal("-650.00")),
                entries.subList(1, 4).stream().map(FileEntry::amount).toList());
        assertEquals(List.of("2024011500002-1", "2024011500002-2", "SAL-BANK-3"),
                entries.subList(1, 4).stream().map(FileEntry::bankIdentifier).toList());
    }

    @Test
    void aBatchTransactionHasItsOwnPartnerTextAndReference() {
        List<FileEntry> entries = read("camt053-v02.xml").statements().get(0).entries();

        FileEntry anne = entries.get(1);
        assertEquals("Anne Peeters", anne.partnerName());
        assertEquals("BE62510007547061", anne.partnerAccount());
        assertEquals("Salary January 2024", anne.label());
        assertEquals("SAL-01-001", anne.reference());
        assertNull(entries.get(2).reference(), "NOTPROVIDED is no reference");
        assertEquals("FR7630006000011234567890189", entries.get(3).partnerAccount());
    }

    @Test
    void anEntryWithOneTransactionIsEnrichedByIt() {
        FileEntry entry = read("camt053-v02.xml").statements().get(0).entries().get(0);

        assertEquals(new FileEntry(1, LocalDate.of(2024, 1, 15), new BigDecimal("1210.00"), "EUR",
                "+++090/9337/55493+++", "Brasserie du Parc SPRL", "BE68539007547034", "+++090/9337/55493+++",
                "2024011500001", true, null, null, null), entry);
    }

    @Test
    void anInstructedAmountInAnotherCurrencyIsTheForeignAmount() {
        FileEntry entry = read("camt053-v02.xml").statements().get(0).entries().get(4);

        assertEquals(new BigDecimal("-92.50"), entry.amount());
        assertEquals("USD", entry.foreignCurrencyCode());
        assertEquals(new BigDecimal("-100.00"), entry.foreignAmount());
        assertEquals("Acme Tools Inc.", entry.partnerName());
        assertEquals("PO-7781", entry.reference());
    }

    @Test
    void aPendingEntryIsNotBookedAndDatedByItsValueDate() {
        FileEntry entry = read("camt053-v02.xml").statements().get(0).entries().get(5);

        assertFalse(entry.booked());
        assertEquals(LocalDate.of(2024, 1, 16), entry.date());
        assertEquals(new BigDecimal("-35.00"), entry.amount());
        assertEquals("Card payment Total Brussels", entry.label());
        assertNull(entry.foreignCurrencyCode());
    }

    @Test
    void anEntryWithoutAReadableAmountIsInvalidAndTheNextStatementStillRead() {
        List<FileEntry> entries = read("camt053-v02.xml").statements().get(1).entries();

        assertEquals(2, entries.size());
        assertEquals(LocalDate.of(2024, 1, 15), entries.get(0).date());
        assertEquals("US-1", entries.get(0).bankIdentifier());
        FileEntry bad = entries.get(1);
        assertFalse(bad.isValid());
        assertEquals(8, bad.row());
        assertTrue(bad.problem().matches("entry 8 \\(line \\d+\\): amount 'twelve' is not a number"), bad.problem());
    }

    @Test
    void readsVersion08WithItsStatusCodesAndPartyNames() {
        FileStatement statement = read("camt053-v08.xml").statements().get(0);

        assertEquals("NL91ABNA0417164300", statement.accountNumber());
        assertEquals(new BigDecimal("-250.00"), statement.opening().amount());
        assertEquals(new BigDecimal("534.10"), statement.closing().amount());
        assertEquals(new FileEntry(1, LocalDate.of(2024, 2, 1), new BigDecimal("799.00"), "EUR", "Factuur 2024-118",
                "De Vries Bouw B.V.", "NL20INGB0001234567", "E2E-NL-5501", "NL-20240201-0001", true, null, null,
                null), statement.entries().get(0));
        FileEntry fee = statement.entries().get(1);
        assertEquals(LocalDate.of(2024, 2, 1), fee.date());
        assertEquals("Kosten betalingsverkeer", fee.label());
        assertEquals("0002", fee.bankIdentifier());
        FileEntry pending = statement.entries().get(2);
        assertFalse(pending.booked());
        assertEquals("Energie Direct", pending.partnerName());
        assertEquals("E2E-PENDING-1", pending.bankIdentifier());
    }

    @Test
    void readsAnIntradayReport() {
        FileStatement report = read("camt052-v08.xml").statements().get(0);

        assertEquals("DE89370400440532013000", report.accountNumber());
        assertNull(report.opening());
        FileEntry entry = report.entries().get(0);
        assertEquals(new BigDecimal("-45.00"), entry.amount());
        assertEquals("Stadtwerke Köln GmbH", entry.partnerName());
        assertEquals("Abschlag März 2024", entry.label());
        assertEquals("LASTSCHRIFT-0305", entry.reference());
    }

    @Test
    void readsANotification() {
        FileStatement notification = read("camt054-v08.xml").statements().get(0);

        assertEquals("CHF", notification.currencyCode());
        FileEntry entry = notification.entries().get(0);
        assertEquals(new BigDecimal("1250.35"), entry.amount());
        assertEquals("Müller & Söhne AG", entry.partnerName());
        assertEquals("210000000003139471430009017", entry.reference());
        assertEquals("CH-NTF-901-TX", entry.bankIdentifier());
    }

    private BankFile read(String name) {
        return reader.read(BankFiles.open(name));
    }
}
