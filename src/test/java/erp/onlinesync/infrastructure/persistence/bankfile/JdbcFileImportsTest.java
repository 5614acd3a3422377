package erp.onlinesync.infrastructure.persistence.bankfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.bankfile.BalanceCheck;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.ImportRow;
import erp.onlinesync.domain.bankfile.RowStatus;
import erp.onlinesync.domain.journal.NewLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Previews and CSV mappings stored and read back on the module's schema (H2 in PostgreSQL mode). */
class JdbcFileImportsTest {

    private static final Instant AT = Instant.parse("2026-11-05T10:00:00Z");
    private static final CsvMapping TABS = new CsvMapping('\t', "windows-1252", 2, "dd/MM/yyyy", ',', 0, -1, 3, 4, 1, 2, -1, -1, 5);

    private final JdbcFileImports imports = new JdbcFileImports();

    @BeforeEach
    void schema() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        imports.dataSource = database;
    }

    @Test
    void aPreviewIsReadBackAsStoredAndConfirmedOnce() {
        ImportRow row = new ImportRow(0, 2, RowStatus.NEW, null, new NewLine(null, LocalDate.of(2026, 11, 3), "Coffee",
                new BigDecimal("-4.2000"), "EUR", "ACME", "BE71", "USD", new BigDecimal("-5.0000")), "hash:abc");
        ImportRow invalid = new ImportRow(1, 3, RowStatus.INVALID, "no amount", new NewLine(null, null, null, null, "EUR",
                null, null, null, null), null);
        FileImport stored = imports.save(new FileImport(null, 1, "alice", AT, AT.plusSeconds(1800), null, BankFileFormat.CSV,
                "f.csv", "BE68539007547034", BalanceCheck.of(BigDecimal.TEN, null, BigDecimal.ONE, BigDecimal.ZERO), TABS,
                List.of(row, invalid)));

        FileImport read = imports.find(stored.id()).orElseThrow();
        assertEquals(stored.rows(), read.rows());
        assertEquals(TABS, read.csvMapping());
        assertEquals(0, new BigDecimal("9").compareTo(read.balance().difference()));
        assertEquals(List.of("alice", "f.csv", "BE68539007547034"), List.of(read.createdBy(), read.fileName(), read.accountNumber()));
        assertTrue(imports.markConfirmed(stored.id(), AT));
        assertFalse(imports.markConfirmed(stored.id(), AT), "a second confirm finds it confirmed");
        assertEquals(AT, imports.find(stored.id()).orElseThrow().confirmedAt());

        imports.forgetExpiredBefore(AT.plusSeconds(1801));
        assertTrue(imports.find(stored.id()).isEmpty());
    }

    @Test
    void theJournalsCsvMappingIsTheLastOneRemembered() {
        assertTrue(imports.csvMappingOf(1).isEmpty());
        imports.rememberCsvMapping(1, new CsvMapping(',', "UTF-8", 1, "yyyy-MM-dd", '.', 0, 1, -1, -1, 2, -1, -1, -1, -1));
        imports.rememberCsvMapping(1, TABS);
        assertEquals(TABS, imports.csvMappingOf(1).orElseThrow());
    }
}
