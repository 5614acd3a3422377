package erp.onlinesync.infrastructure.bankfile.camt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.infrastructure.bankfile.BankFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that are cut, hostile or huge: each is refused with a clear message, or read without holding it whole. */
class CamtReaderHostileFilesTest {

    private static final String CAMT_ROOT = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">";
    private static final int GENERATED_ENTRIES = 105_000;
    /** 2 to 3 s on two cores; the margin is for a machine busy with other builds, not for a slower reader. */
    private static final Duration STREAMING_LIMIT = Duration.ofSeconds(30);

    private final CamtReader reader = new CamtReader();

    @Test
    void aFileCutInTheMiddleIsBrokenWithItsPosition() {
        BankFileException e = assertThrows(BankFileException.class, () -> reader.read(BankFiles.cut("camt053-v02.xml")));

        assertEquals(Problem.BROKEN, e.problem());
        assertTrue(e.getMessage().matches("line \\d+, column \\d+: .+"), e.getMessage());
    }

    @Test
    void anExternalEntityIsRefusedAndNeverFetched() throws IOException {
        try (ServerSocket bait = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + bait.getLocalPort() + "/secret";
            String entity = "<!DOCTYPE Document [<!ENTITY leak SYSTEM \"" + url + "\">]>\n" + CAMT_ROOT
                    + "<BkToCstmrStmt>&leak;</BkToCstmrStmt></Document>";
            String externalDtd = "<!DOCTYPE Document SYSTEM \"" + url + "\">\n" + CAMT_ROOT + "<BkToCstmrStmt/></Document>";

            for (String xxe : new String[] {entity, externalDtd}) {
                BankFileException e = assertThrows(BankFileException.class,
                        () -> reader.read(BankFiles.text("<?xml version=\"1.0\"?>\n" + xxe)));

                assertEquals(Problem.BROKEN, e.problem());
                assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            }
            bait.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, bait::accept, "the reader connected to the entity's URL");
        }
    }

    @Test
    void aBillionLaughsFileIsRefusedAtOnce() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [" + entities + "]>\n" + CAMT_ROOT
                + "<BkToCstmrStmt><GrpHdr><MsgId>&lol9;</MsgId></GrpHdr></BkToCstmrStmt></Document>";

        BankFileException e = assertTimeout(Duration.ofSeconds(2),
                () -> assertThrows(BankFileException.class, () -> reader.read(BankFiles.text(bomb))));

        assertEquals(Problem.BROKEN, e.problem());
    }

    @Test
    void xmlOfAnotherKindIsNotCamt() {
        BankFileException e = assertThrows(BankFileException.class,
                () -> reader.read(BankFiles.text("<?xml version=\"1.0\"?><Invoice xmlns=\"urn:x\"/>")));

        assertEquals(Problem.UNKNOWN_FORMAT, e.problem());
        assertTrue(e.getMessage().contains("<Invoice>"), e.getMessage());
    }

    @Test
    void aDocumentWithoutStatementsSaysSo() {
        BankFileException e = assertThrows(BankFileException.class,
                () -> reader.read(BankFiles.text(CAMT_ROOT + "<BkToCstmrStmt/></Document>")));

        assertEquals(Problem.BROKEN, e.problem());
    }

    @Test
    void aFileOfFiftyMegabytesIsStreamedThroughCompletely() {
        GeneratedCamt file = new GeneratedCamt(GENERATED_ENTRIES);

        BankFile read = assertTimeout(STREAMING_LIMIT, () -> reader.read(file));

        assertTrue(file.size() > 50_000_000L, "only " + file.size() + " bytes were generated");
        List<FileEntry> entries = read.statements().get(0).entries();
        assertEquals(GENERATED_ENTRIES, entries.size());
        FileEntry last = entries.get(GENERATED_ENTRIES - 1);
        assertEquals(new BigDecimal("105000.00"), last.amount());
        assertEquals("GEN-105000", last.bankIdentifier());
        assertFalse(entries.stream().anyMatch(entry -> !entry.isValid()));
    }
}
