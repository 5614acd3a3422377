package bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The baseline: a plain JDBC batch insert of rows shaped like Big Bank's lines into a table with the
 * columns, unique key, indexes and foreign keys of {@code statement_line} (referencing the module's own
 * journal, statement, account and link rows), one batch and commit per page as the module does.
 */
final class BareInsert {

    private static final String[] DDL = {
        "create table bare_line (id bigint primary key, statement_id bigint, journal_id bigint not null, date date not null,"
                + " payment_ref varchar(4000), amount numeric(20, 4) not null, currency_code varchar(3) not null,"
                + " partner_name varchar(1000), account_number varchar(1000), foreign_currency_code varchar(3),"
                + " amount_currency numeric(20, 4), reconciled boolean not null default false,"
                + " online_transaction_identifier varchar(255), online_account_id bigint, online_link_id bigint,"
                + " online_partner_information varchar(1000), version bigint not null default 0,"
                + " constraint uq_bare_line_online unique (online_account_id, online_transaction_identifier))",
        "alter table bare_line add foreign key (statement_id) references %1$sbank_statement (id)",
        "alter table bare_line add foreign key (journal_id) references %1$sjournal (id)",
        "alter table bare_line add foreign key (online_account_id) references %1$sonline_account (id)",
        "alter table bare_line add foreign key (online_link_id) references %1$sonline_link (id)",
        "create index ix_bare_line_journal_date on bare_line (journal_id, date, id)",
        "create index ix_bare_line_statement on bare_line (statement_id)",
        "create index ix_bare_line_online_identifier on bare_line (online_transaction_identifier)",
        "create index ix_bare_line_loose on bare_line (journal_id, statement_id)"};

    private static final String INSERT = "insert into bare_line (id, statement_id, journal_id, date, payment_ref, amount,"
            + " currency_code, partner_name, account_number, foreign_currency_code, amount_currency, reconciled,"
            + " online_transaction_identifier, online_account_id, online_link_id, online_partner_information, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 0)";

    private BareInsert() {
    }

    /** The module's rows the baseline's lines point to, and where its tables are ({@code "schema."} or empty). */
    record References(String tables, long statementId, long journalId, long accountId, long linkId) {
    }

    /** Creates the table afresh (dropping an earlier one) and inserts {@code rows} rows; @return the time the inserts took */
    static Duration run(String url, String user, long rows, int pageSize, References to) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bare_line");
                for (String ddl : DDL) {
                    s.execute(String.format(ddl, to.tables()));
                }
            }
            c.setAutoCommit(false);
            LocalDate first = LocalDate.now().minusDays(1825);
            long started = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (long i = 0; i < rows; i++) {
                    int p = 1;
                    ps.setLong(p++, i + 1);
                    ps.setLong(p++, to.statementId());
                    ps.setLong(p++, to.journalId());
                    ps.setDate(p++, Date.valueOf(first.plusDays(i * 1825 / rows)));
                    ps.setString(p++, "Payment " + i + " invoice BB-" + (i * 7919 % 100_000));
                    ps.setBigDecimal(p++, BigDecimal.valueOf((i * 104_729 % 2_000_000) - 1_000_000, 2));
                    ps.setString(p++, "EUR");
                    ps.setString(p++, "Partner " + (i % 997));
                    ps.setString(p++, "BE" + (10_000_000_000L + i % 997));
                    ps.setNull(p++, Types.VARCHAR);
                    ps.setNull(p++, Types.NUMERIC);
                    ps.setString(p++, "big_bank-b16ba4c0-1-T" + i);
                    ps.setLong(p++, to.accountId());
                    ps.setLong(p++, to.linkId());
                    ps.setString(p, "BE" + (10_000_000_000L + i % 997));
                    ps.addBatch();
                    if ((i + 1) % pageSize == 0 || i + 1 == rows) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }
}
