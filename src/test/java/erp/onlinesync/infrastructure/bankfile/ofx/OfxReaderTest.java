package erp.onlinesync.infrastructure.bankfile.ofx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.FileBalance;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.infrastructure.bankfile.BankFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample OFX files of both versions, read field by field, and OFX files that are cut or not OFX. */
class OfxReaderTest {

    private final OfxReader reader = new OfxReader();

    @Test
    void readsTheBankAndTheCreditCardStatementOfAnSgmlFile() {
        BankFile file = reader.read(BankFiles.open("ofx1-sgml.ofx"));

        assertEquals(BankFileFormat.OFX, file.format());
        assertEquals(2, file.statements().size());
        FileStatement bank = file.statements().get(0);
        assertEquals("0987654321", bank.accountNumber());
        assertEquals("USD", bank.currencyCode());
        assertNull(bank.opening());
        assertEquals(new FileBalance(LocalDate.of(2024, 1, 31), new BigDecimal("1337.83")), bank.closing());
        assertEquals(4, bank.entries().size());
        FileStatement card = file.statements().get(1);
        assertEquals("4111111111111111", card.accountNumber());
        assertEquals(new BigDecimal("-42.00"), card.closing().amount());
        assertEquals(5, card.entries().get(0).row());
    }

    @Test
    void readsUnclosedLeavesInTheFilesWindowsCodePage() {
        List<FileEntry> entries = reader.read(BankFiles.open("ofx1-sgml.ofx")).statements().get(0).entries();

        assertEquals(new FileEntry(1, LocalDate.of(2024, 1, 5), new BigDecimal("-12.50"), "USD",
                "Café Lumière - Coffee & croissant", "Café Lumière", null, null, "202401050001", true, null, null,
                null), entries.get(0));
        assertEquals("1043", entries.get(1).reference());
        assertEquals("City Water Dept", entries.get(1).label());
    }

    @Test
    void anAmountInAnotherCurrencyIsConvertedAtItsRate() {
        FileEntry wire = reader.read(BankFiles.open("ofx1-sgml.ofx")).statements().get(0).entries().get(2);

        assertEquals(new BigDecimal("108.50"), wire.amount());
        assertEquals("EUR", wire.foreignCurrencyCode());
        assertEquals(new BigDecimal("100.00"), wire.foreignAmount());
        assertEquals("WIRE-7781", wire.reference());
        assertEquals("DE89370400440532013000", wire.partnerAccount());
    }

    @Test
    void aTransactionWithAnUnreadableDateIsInvalidAndTheOthersRead() {
        FileEntry fee = reader.read(BankFiles.open("ofx1-sgml.ofx")).statements().get(0).entries().get(3);

        assertFalse(fee.isValid());
        assertTrue(fee.problem().matches("transaction 4 \\(line \\d+\\): date \\(DTPOSTED\\) '2024-01-20' is not a date.*"),
                fee.problem());
    }

    @Test
    void readsAnXmlFileWithItsPayeeAndOriginalCurrency() {
        FileStatement statement = reader.read(BankFiles.open("ofx2-xml.ofx")).statements().get(0);

        assertEquals("FR7630004000031234567890143", statement.accountNumber());
        assertEquals("EUR", statement.currencyCode());
        assertEquals(new FileBalance(LocalDate.of(2024, 2, 29), new BigDecimal("2754.00")), statement.closing());
        assertEquals(new FileEntry(1, LocalDate.of(2024, 2, 12), new BigDecimal("-46.00"), "EUR",
                "Hotel Zürich Bahnhof - Card 1234 & tourist tax", "Hotel Zürich Bahnhof", null, null, "FR-20240212-01",
                true, "CHF", new BigDecimal("-43.81"), null), statement.entries().get(0));
        FileEntry credit = statement.entries().get(1);
        assertEquals("Société Générale de Conseil", credit.label());
        assertEquals("FACT-2024-009", credit.reference());
        assertEquals(new BigDecimal("1800.00"), credit.amount());
    }

    @Test
    void aFileCutInsideATransactionSaysWhereItWasOpened() {
        String cut = "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n"
                + "<BANKTRANLIST>\n<STMTTRN>\n<TRNAMT>-1.00\n<FITID>1\n";

        BankFileException e = assertThrows(BankFileException.class, () -> reader.read(BankFiles.text(cut)));

        assertEquals(Problem.BROKEN, e.problem());
        assertEquals("the file ends inside <STMTTRN> opened on line 6: it is cut short", e.getMessage());
    }

    @Test
    void garbageIsNoOfx() {
        BankFileException e = assertThrows(BankFileException.class,
                () -> reader.read(BankFiles.text("OFXHEADER:100\n\nthis is <b>not</b> a statement")));

        assertEquals(Problem.BROKEN, e.problem());
        assertEquals("no <OFX> element: this is not an OFX file", e.getMessage());
    }

    @Test
    void anOfxFileWithoutStatementSaysSo() {
        BankFileException e = assertThrows(BankFileException.class,
                () -> reader.read(BankFiles.text("<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>")));

        assertEquals(Problem.BROKEN, e.problem());
        assertTrue(e.getMessage().contains("no bank or credit card statement"), e.getMessage());
    }

    @Test
    void theCharsetComesFromTheHeaders() {
        assertEquals("windows-1252", OfxReader.charset("OFXHEADER:100\nENCODING:USASCII\nCHARSET:1252\n").name());
        assertEquals("ISO-8859-1", OfxReader.charset("OFXHEADER:100\nCHARSET:8859-1\n").name());
        assertEquals("UTF-8", OfxReader.charset("OFXHEADER:100\nENCODING:UTF-8\nCHARSET:NONE\n").name());
        assertEquals("UTF-8", OfxReader.charset("<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\"?>").name());
    }
}
