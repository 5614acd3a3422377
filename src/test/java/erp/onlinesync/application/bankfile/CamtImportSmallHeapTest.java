package erp.onlinesync.application.bankfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.run.fakes.Ids;
import erp.onlinesync.application.run.fakes.InMemoryChatterLog;
import erp.onlinesync.application.run.fakes.InMemoryStatementLines;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.RowStatus;
import erp.onlinesync.infrastructure.bankfile.BankFileReaders;
import erp.onlinesync.infrastructure.bankfile.camt.GeneratedCamt;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A camt.053 file of more than 50 MB previewed and imported with the real reader in a JVM of 256 MB: the
 * surefire execution {@code small-heap} of the pom runs this class alone with {@code -Xmx256m}. The
 * stores are the in-memory fakes; {@code bench/camt-import-heap.sh} does the same through the deployed WAR.
 */
class CamtImportSmallHeapTest {

    private static final int ENTRIES = 105_000;
    private static final long HEAP_LIMIT = 256L * 1024 * 1024;

    @Test
    void aFiftyMegabyteCamtFileIsPreviewedAndImportedWithinTwoHundredFiftySixMegabytes() {
        assertTrue(Runtime.getRuntime().maxMemory() <= HEAP_LIMIT, "run with -Xmx256m, not " + Runtime.getRuntime().maxMemory());
        InMemoryStatementLines lines = new InMemoryStatementLines(null);
        InMemoryFileImports imports = new InMemoryFileImports();
        InMemoryJournalBook book = new InMemoryJournalBook(lines, "BE71096123456769");
        Clock clock = Clock.fixed(Instant.parse("2025-01-02T10:00:00Z"), ZoneOffset.UTC);
        FileImportPreview preview = new FileImportPreview();
        preview.reader = new BankFileReaders();
        preview.book = book;
        preview.imports = imports;
        preview.clock = clock;
        preview.maxFileMb = 60;
        preview.previewMinutes = 30;
        preview.company = new ActingCompany();
        preview.company.actIn(InMemoryJournalBook.COMPANY);
        ChatterService chatter = new ChatterService();
        Ids.set(chatter, "log", new InMemoryChatterLog());
        Ids.set(chatter, "clock", clock);
        FileImportConfirm confirm = new FileImportConfirm();
        confirm.imports = imports;
        confirm.book = book;
        confirm.writer = lines;
        confirm.chatter = chatter;
        confirm.clock = clock;
        confirm.company = preview.company;

        GeneratedCamt file = new GeneratedCamt(ENTRIES);
        FileImport p = preview.preview(InMemoryJournalBook.ID, file, "year.xml", BankFileFormat.CAMT, null, "alice");
        assertTrue(file.size() > 50_000_000L, "only " + file.size() + " bytes");
        assertEquals(ENTRIES, p.count(RowStatus.NEW));
        assertEquals(ENTRIES, confirm.confirm(InMemoryJournalBook.ID, p.id(), "alice").imported());
        assertEquals(ENTRIES, lines.fileLinesOf(InMemoryJournalBook.ID).size());
    }
}
