package erp.onlinesync.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import erp.onlinesync.application.link.AuditTrail;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.chatter.ChainCheck;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.infrastructure.export.csv.CsvAuditTrailWriter;
import erp.onlinesync.infrastructure.export.pdf.PdfAuditTrailWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The auditor's files: what each holds, the CSV's quoting and formula guard, the PDF's verdict. */
class AuditTrailWritersTest {

    private static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");

    private static AuditTrail trail(ChainCheck check) {
        var change = new MessageView.Change("auto_sync", "true", "false");
        var messages = List.of(
                new MessageView(11L, "alice", AT, "note", "Connected \"Sandbox Bank\", accounts: a, b\nsecond line", null, null,
                        List.of(change)),
                new MessageView(12L, "=HYPERLINK(\"http://evil\")", AT.plusSeconds(60), "error", "@SUM(A1:A9) failed", 100,
                        "-REF-1", List.of()));
        var runs = List.of(new RunView(5L, 3L, RunState.DONE, RunTrigger.MANUAL, "alice", AT, AT.plusSeconds(2), null, 12, 3,
                1, 0, null, null, "Synchronization done"));
        return new AuditTrail(3L, "Sandbox Bank", LocalDate.of(2026, 12, 1), null, check, messages, runs, "audrey", AT);
    }

    private static byte[] written(erp.onlinesync.application.link.AuditTrailWriter writer, AuditTrail trail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(trail, out);
        return out.toByteArray();
    }

    @Test
    void theCsvHoldsTheVerdictEveryMessageAndRunQuotedAndNoCellRunsAsAFormula() throws IOException {
        String text = new String(written(new CsvAuditTrailWriter(), trail(new ChainCheck(true, 2, null, null))), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "a byte order mark, so spreadsheets read UTF-8");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(4, rows.size());
        assertEquals("verification", rows.get(0).get("record"));
        assertTrue(rows.get(0).get("text").startsWith("Chain verified: 2 messages"), rows.get(0).get("text"));
        assertEquals("Connected \"Sandbox Bank\", accounts: a, b\nsecond line", rows.get(1).get("text"), "quotes, commas, a line break");
        assertEquals("auto_sync: true → false", rows.get(1).get("details"));
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(2).get("author"));
        assertEquals("'@SUM(A1:A9) failed", rows.get(2).get("text"));
        assertEquals("'-REF-1", rows.get(2).get("error_reference"));
        assertEquals("100", rows.get(2).get("error_code"));
        assertEquals("run", rows.get(3).get("record"));
        assertEquals("manual, done", rows.get(3).get("kind"));
        assertTrue(rows.get(3).get("details").startsWith("12 imported, 3 already imported, 1 pending"), rows.get(3).get("details"));
    }

    @Test
    void thePdfCarriesTheBrokenChainsVerdictTheMessagesAndTheRuns() throws IOException {
        byte[] pdf = written(new PdfAuditTrailWriter(), trail(new ChainCheck(false, 2, 12L, "its content was changed after it was written")));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        String all = text.toString();
        assertTrue(all.contains("CHAIN BROKEN at message 12"), all);
        assertTrue(all.contains("Sandbox Bank"), all);
        assertTrue(all.contains("Synchronization done"), all);
        assertTrue(all.contains("audrey"), all);
    }
}
