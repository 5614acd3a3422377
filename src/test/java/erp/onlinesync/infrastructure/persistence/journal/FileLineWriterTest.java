package erp.onlinesync.infrastructure.persistence.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import erp.onlinesync.domain.journal.FileLine;
import erp.onlinesync.domain.journal.JournalTarget;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.PageCounts;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The writer of lines from bank files on the module's schema (H2 in PostgreSQL mode), with the unique (journal, import key). */
class FileLineWriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private static final JournalTarget TARGET = new JournalTarget(1, "BNK1", StatementPeriodicity.MONTH, DAY.minusDays(10));

    private JdbcDataSource database;
    private Connection c;

    @BeforeEach
    void schema() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        c = database.getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void theSameFileLinesWrittenTwiceAreInsertedOnceAndTwoEqualPaymentsBoth() throws SQLException {
        List<FileLine> file = List.of(line("hash:a", "-4.20"), line("hash:b", "-4.20"), line("camt:X1", "100"));
        StatementLineWriter writer = new StatementLineWriter(c);

        assertEquals(3, writer.insertFileLinesIfAbsent(1, file, new java.util.HashMap<>()));
        assertEquals(0, new StatementLineWriter(c).insertFileLinesIfAbsent(1, file, new java.util.HashMap<>()), "a second time: nothing");
        assertEquals(3, count("select count(*) from statement_line where journal_id = 1 and online_account_id is null"
                + " and online_transaction_identifier is null and not reconciled"));
        assertEquals(2, count("select count(*) from statement_line where amount = -4.2 and payment_ref = 'Coffee'"));
    }

    @Test
    void theStoreWritesFileLinesIntoMonthlyStatementsAfterTheLockDateAndRecomputesTheirBalances() throws SQLException {
        JdbcStatementLineStore store = new JdbcStatementLineStore();
        store.dataSource = database;
        List<FileLine> file = List.of(line("hash:a", "-4.20"), line("hash:b", "10"), new FileLine("hash:old",
                new NewLine(null, DAY.minusDays(20), "Old", BigDecimal.ONE, "EUR", null, null, null, null)));

        assertEquals(new PageCounts(2, 0, 1), store.writeFileLines(TARGET, file, Instant.parse("2026-12-05T00:00:00Z")));
        assertEquals(new PageCounts(0, 2, 1), store.writeFileLines(TARGET, file, Instant.parse("2026-12-05T00:00:00Z")));
        assertEquals(1, count("select count(*) from bank_statement where journal_id = 1 and name = 'BNK1 2026-11'"
                + " and balance_start = 0 and balance_end = 5.8 and complete"));
        assertEquals(2, count("select count(*) from statement_line l join bank_statement s on s.id = l.statement_id"));
    }

    private static FileLine line(String key, String amount) {
        return new FileLine(key, new NewLine(null, DAY, "Coffee", new BigDecimal(amount), "EUR", "ACME", "BE71", null, null));
    }

    private long count(String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
