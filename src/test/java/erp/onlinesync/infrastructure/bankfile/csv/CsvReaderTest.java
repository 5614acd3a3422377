package erp.onlinesync.infrastructure.bankfile.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.infrastructure.bankfile.BankFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample CSV files read through their mappings, and CSV files with bad lines. */
class CsvReaderTest {

    private final CsvReader reader = new CsvReader();

    @Test
    void readsACommaFileWithQuotedFieldsAndPointDecimals() {
        BankFile file = reader.read(BankFiles.open("csv-comma.csv"), CsvFixtures.COMMA);

        assertEquals(BankFileFormat.CSV, file.format());
        FileStatement statement = file.statements().get(0);
        assertNull(statement.accountNumber());
        assertNull(statement.currencyCode());
        assertEquals(3, statement.entries().size());
        assertEquals(new FileEntry(2, LocalDate.of(2024, 3, 1), new BigDecimal("-1250.00"), "USD", "Rent, March 2024",
                "Acme Property Ltd", null, "INV-301", "TX-0001", true, null, null, null), statement.entries().get(0));
        FileEntry payment = statement.entries().get(1);
        assertEquals(new BigDecimal("3400.50"), payment.amount());
        assertEquals("Smith & Sons, Inc.", payment.partnerName());
        assertNull(payment.reference());
        assertEquals(5, statement.entries().get(2).row(), "the blank line 4 still counts");
    }

    @Test
    void readsASemicolonFileInWindows1252WithDebitAndCreditColumns() {
        List<FileEntry> entries = reader.read(BankFiles.open("csv-semicolon-1252.csv"), CsvFixtures.SEMICOLON)
                .statements().get(0).entries();

        assertEquals(3, entries.size());
        assertEquals(new FileEntry(4, LocalDate.of(2024, 1, 15), new BigDecimal("-1250.00"), "EUR", "Loyer janvier",
                "Agence Immobilière Liégeoise", null, "+++090/9337/55493+++", null, true, null, null, null),
                entries.get(0));
        assertEquals(new BigDecimal("2345.67"), entries.get(1).amount());
        assertEquals("Virement reçu", entries.get(1).label());
        assertEquals(new BigDecimal("-3.50"), entries.get(2).amount());
        assertNull(entries.get(2).partnerName());
    }

    @Test
    void aBadLineIsAnInvalidEntryAndTheOthersAreRead() {
        String csv = "date;label;amount\n2024-05-01;one;1,00\n2024-05-02;two;abc\n2024-13-45;three;3,00\n"
                + "2024-05-04;four\n2024-05-05;five;5,00\n";
        CsvMapping mapping = new CsvMapping(';', "UTF-8", 1, "yyyy-MM-dd", ',', 0, 2, -1, -1, 1, -1, -1, -1, -1);

        List<FileEntry> entries = reader.read(BankFiles.text(csv), mapping).statements().get(0).entries();

        assertEquals(5, entries.size());
        assertEquals(List.of(true, false, false, false, true), entries.stream().map(FileEntry::isValid).toList());
        assertEquals("line 3: amount 'abc' is not a number", entries.get(1).problem());
        assertEquals("line 4: date '2024-13-45' is not a date like yyyy-MM-dd", entries.get(2).problem());
        assertEquals("line 5: no amount (column 3 of 2)", entries.get(3).problem());
        assertEquals(new BigDecimal("5.00"), entries.get(4).amount());
    }

    @Test
    void anAmountWithTheOtherDecimalSeparatorIsRefusedNotMisread() {
        String csv = "2024-05-01;one;12.50\n2024-05-02;two;1.234.567,89\n2024-05-03;three;12,50-\n";
        CsvMapping mapping = new CsvMapping(';', "UTF-8", 0, "yyyy-MM-dd", ',', 0, 2, -1, -1, 1, -1, -1, -1, -1);

        List<FileEntry> entries = reader.read(BankFiles.text(csv), mapping).statements().get(0).entries();

        assertEquals("line 1: amount '12.50' does not use ',' as decimal separator", entries.get(0).problem());
        assertEquals(new BigDecimal("1234567.89"), entries.get(1).amount());
        assertEquals(new BigDecimal("-12.50"), entries.get(2).amount());
    }

    @Test
    void aQuoteNeverClosedIsABrokenFile() {
        String csv = "2024-05-01,\"one,1.00\n2024-05-02,two,2.00\n";
        CsvMapping mapping = new CsvMapping(',', "UTF-8", 0, "yyyy-MM-dd", '.', 0, 2, -1, -1, 1, -1, -1, -1, -1);

        BankFileException e = assertThrows(BankFileException.class, () -> reader.read(BankFiles.text(csv), mapping));

        assertEquals(Problem.BROKEN, e.problem());
        assertTrue(e.getMessage().startsWith("line 1: "), e.getMessage());
    }

    @Test
    void anEncodingJavaDoesNotKnowIsRefused() {
        CsvMapping mapping = new CsvMapping(',', "klingon-8", 0, "yyyy-MM-dd", '.', 0, 1, -1, -1, -1, -1, -1, -1, -1);

        BankFileException e = assertThrows(BankFileException.class,
                () -> reader.read(BankFiles.text("2024-01-01,1\n"), mapping));

        assertEquals("encoding 'klingon-8' is not one Java knows", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstCell() {
        CsvMapping mapping = new CsvMapping(',', "UTF-8", 0, "yyyy-MM-dd", '.', 0, 1, -1, -1, -1, -1, -1, -1, -1);

        FileEntry entry = reader.read(BankFiles.text("\uFEFF2024-01-01,1.00\n"), mapping).statements().get(0).entries().get(0);

        assertTrue(entry.isValid(), entry.problem());
        assertEquals(LocalDate.of(2024, 1, 1), entry.date());
    }
}
