package erp.onlinesync.infrastructure.persistence.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The multi-row insert-if-absent on the module's own schema (H2 in PostgreSQL mode; the ITs run it on PostgreSQL too). */
class StatementLineWriterTest {

    private static final ImportTarget TARGET = new ImportTarget(1, 1, 1, CurrencyCode.of("EUR"), StatementPeriodicity.MONTH, null);

    private Connection c;

    @BeforeEach
    void schema() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        c = database.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, version)"
                    + " values (1, 1, 'Bank', 'CONNECTED', true, 'MONTH', 0)");
            s.execute("insert into online_account (id, link_id, online_identifier, currency_code, fetching_status, journal_id)"
                    + " values (1, 1, 'acc', 'EUR', 'DONE', 1)");
        }
        c.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void manyStatementsOfManyRowsInsertEachNewLineOnceAndTheDeletedOnesNever() throws SQLException {
        List<NewLine> page = lines(StatementLineWriter.ROWS_PER_STATEMENT * 2 + 201);
        try (Statement s = c.createStatement()) {
            s.execute("insert into deleted_transaction (id, online_account_id, online_transaction_identifier, journal_id, date,"
                    + " amount, deleted_by, deleted_at) values (1, 1, 'T7', 1, date '2026-11-01', 1, 'alice', current_timestamp)");
        }
        page.add(page.get(3)); // the same transaction twice in one page

        assertEquals(page.size() - 2, write(page), "every new line, the deleted one and the repeat left out");
        assertEquals(0, write(page), "written again: nothing");
        assertEquals(page.size() - 2, count("select count(*) from statement_line"));
        assertEquals(page.size() - 2, count("select count(distinct online_transaction_identifier) from statement_line"));
        assertEquals(0, count("select count(*) from statement_line where online_transaction_identifier = 'T7'"));
        assertEquals(0, count("select count(*) from statement_line where amount <> 1.25 or payment_ref is null"
                + " or online_partner_information <> 'BE68' or reconciled or journal_id <> 1 or online_link_id <> 1"));
    }

    private int write(List<NewLine> page) throws SQLException {
        int inserted = new StatementLineWriter(c).insertIfAbsent(TARGET, page, new HashMap<>());
        c.commit();
        return inserted;
    }

    private long count(String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<NewLine> lines(int n) {
        List<NewLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new NewLine("T" + i, LocalDate.of(2026, 11, 1).plusDays(i % 28), "Payment " + i, new BigDecimal("1.25"),
                    "EUR", "Partner", "BE68", null, null));
        }
        return lines;
    }
}
