package erp.onlinesync.infrastructure.bankfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.CsvMapping;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format recognised from the first bytes, each file handed to its reader, and what is no statement file. */
class BankFileReadersTest {

    private final BankFileReaders readers = new BankFileReaders();

    @ParameterizedTest
    @CsvSource({"camt053-v02.xml, CAMT, 2", "camt053-v08.xml, CAMT, 1", "camt052-v08.xml, CAMT, 1",
            "camt054-v08.xml, CAMT, 1", "ofx1-sgml.ofx, OFX, 2", "ofx2-xml.ofx, OFX, 1", "csv-comma.csv, CSV, 1",
            "csv-semicolon-1252.csv, CSV, 1"})
    void recognisesTheFormatAndReadsTheFile(String name, BankFileFormat format, int statements) {
        BankFile file = readers.read(BankFiles.open(name), null, null);

        assertEquals(format, file.format());
        assertEquals(statements, file.statements().size());
    }

    @Test
    void aCsvFileWithoutMappingIsReadThroughTheGuessedOne() {
        BankFile file = readers.read(BankFiles.open("csv-semicolon-1252.csv"), null, null);

        assertEquals("Agence Immobilière Liégeoise", file.statements().get(0).entries().get(0).partnerName());
        assertEquals(new BigDecimal("2345.67"), file.statements().get(0).entries().get(1).amount());
    }

    @Test
    void aGivenMappingIsUsedAsItIs() {
        CsvMapping labelsAsPartners = new CsvMapping(',', "UTF-8", 1, "yyyy-MM-dd", '.', 0, 3, -1, -1, 2, 1, -1, -1, -1);

        BankFile file = readers.read(BankFiles.open("csv-comma.csv"), BankFileFormat.CSV, labelsAsPartners);

        assertEquals("Rent, March 2024", file.statements().get(0).entries().get(0).partnerName());
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        BankFileException e = assertThrows(BankFileException.class,
                () -> readers.read(new ByteArrayInputStream(new byte[0]), null, null));

        assertEquals(Problem.EMPTY, e.problem());
        assertEquals(Problem.EMPTY, assertThrows(BankFileException.class,
                () -> readers.read(BankFiles.text(" \r\n\n"), null, null)).problem());
        assertEquals(Problem.EMPTY, assertThrows(BankFileException.class, () -> readers.guessCsv(new byte[0])).problem());
    }

    @Test
    void anImageIsNoStatementFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        BankFileException e = assertThrows(BankFileException.class,
                () -> readers.read(new ByteArrayInputStream(png), null, null));

        assertEquals(Problem.UNKNOWN_FORMAT, e.problem());
        assertTrue(e.getMessage().contains("not text"), e.getMessage());
    }

    @Test
    void proseIsNoStatementFile() {
        String letter = "Dear customer, thank you for your letter.\nWe will answer it within a week, as always.\n";

        assertEquals(Problem.UNKNOWN_FORMAT, assertThrows(BankFileException.class,
                () -> readers.read(BankFiles.text(letter), null, null)).problem());
        assertEquals(Problem.UNKNOWN_FORMAT, assertThrows(BankFileException.class,
                () -> readers.read(BankFiles.text("Just one sentence without delimiters."), null, null)).problem());
    }

    @Test
    void xmlOfAnotherKindIsNoStatementFile() {
        String pain = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>";

        BankFileException e = assertThrows(BankFileException.class, () -> readers.read(BankFiles.text(pain), null, null));

        assertEquals(Problem.UNKNOWN_FORMAT, e.problem());
    }

    @Test
    void aChosenFormatThatTheContentContradictsIsRefused() {
        BankFileException e = assertThrows(BankFileException.class,
                () -> readers.read(BankFiles.open("camt053-v02.xml"), BankFileFormat.OFX, null));

        assertEquals(Problem.UNKNOWN_FORMAT, e.problem());
        assertEquals("the file is camt, not ofx as chosen", e.getMessage());
    }

    @Test
    void aCamtFileAfterAByteOrderMarkIsRecognised() {
        byte[] camt = BankFiles.bytes("camt054-v08.xml");
        byte[] marked = new byte[camt.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(camt, 0, marked, 3, camt.length);

        assertEquals(BankFileFormat.CAMT, readers.read(new ByteArrayInputStream(marked), null, null).format());
    }

    @Test
    void theStreamIsLeftOpenForItsOwner() {
        boolean[] closed = {false};
        InputStream file = new FilterInputStream(BankFiles.open("ofx2-xml.ofx")) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        readers.read(file, null, null);

        assertFalse(closed[0]);
    }
}
