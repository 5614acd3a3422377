package erp.onlinesync.infrastructure.persistence.journal;

import erp.onlinesync.domain.journal.FileLine;
import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.StatementPeriod;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The one writer of imported statement lines (online ones and those from bank files): multi-row insert-if-absent statements ({@code on conflict
 * do nothing}, which PostgreSQL and H2 in PostgreSQL mode both understand), so the unique index on
 * (online account, transaction identifier) decides what is new and a resent page, a retried run or a
 * resumed crash inserts nothing twice; a line a person deleted through Find Duplicates stays deleted
 * (it is counted as already imported), until Find Missing brings it back.
 * <p>
 * Why one statement of many rows and not a JDBC batch: the batch costs a round trip of parse, bind and
 * execute per row, while {@code reWriteBatchedInserts} cannot rewrite an insert-select; the rows in one
 * {@code values} list cost the database one plan per {@value #ROWS_PER_STATEMENT} rows (measured in
 * bench/: about 1.7 times faster on PostgreSQL). Every value is cast, so the database never has to guess
 * a parameter's type from a {@code values} list. Loading entities one by one would be an order of
 * magnitude slower still.
 * <p>
 * Runs on the caller's connection, inside the caller's transaction.
 */
final class StatementLineWriter {

    /** Rows per statement: 15 parameters each stays far below every driver's limit (PostgreSQL: 32,767). */
    static final int ROWS_PER_STATEMENT = 500;

    /** The values every line has, id to {@code amount_currency} (see {@link #bindLine}). */
    private static final String LINE_VALUES = "(cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as date),"
            + " cast(? as varchar(4000)), cast(? as numeric(20, 4)), cast(? as varchar(3)), cast(? as varchar(1000)),"
            + " cast(? as varchar(1000)), cast(? as varchar(3)), cast(? as numeric(20, 4))";
    private static final String ROW = LINE_VALUES + ", cast(? as varchar(255)),"
            + " cast(? as bigint), cast(? as bigint), cast(? as varchar(1000)))";
    private static final String FILE_ROW = LINE_VALUES + ", cast(? as varchar(300)))";
    private static final String LINE_COLUMNS = "id, statement_id, journal_id, date, payment_ref, amount, currency_code,"
            + " partner_name, account_number, foreign_currency_code, amount_currency";

    /** Built once: all but a page's last statement have this many rows. */
    private static final String INSERT_FULL = insertOf(ROWS_PER_STATEMENT);
    private static final String INSERT_FILE_FULL = insertFileLinesOf(ROWS_PER_STATEMENT);
    private static final String INSERT_STATEMENT = "insert into bank_statement (id, journal_id, name, date,"
            + " period_start, period_end, balance_start, balance_end, complete, version)"
            + " values (?, ?, ?, ?, ?, ?, 0, 0, false, 0) on conflict do nothing";

    private final Connection connection;
    private final IdBlocks lineIds = new IdBlocks("statement_line_seq");
    private final IdBlocks statementIds = new IdBlocks("bank_statement_seq");

    /** The statement of each line id this writer handed out (lines in no statement left out). */
    private final Map<Long, Long> statementOfId = new HashMap<>();

    StatementLineWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts the lines that are not there yet.
     *
     * @param statementOf the statement id of each line's period, by line (null: no statement)
     * @return how many were inserted; the others were already imported
     */
    int insertIfAbsent(ImportTarget target, List<NewLine> lines, Map<NewLine, Long> statementOf) throws SQLException {
        return insertInStatements(lines, INSERT_FULL, StatementLineWriter::insertOf, (ps, i, line) -> {
            int next = bindLine(ps, i, statementOf.get(line), target.journalId(), line);
            ps.setString(next++, line.onlineId());
            ps.setLong(next++, target.accountId());
            ps.setLong(next++, target.linkId());
            ps.setString(next++, line.accountNumber());
            return next;
        });
    }

    /**
     * Inserts the lines from a bank file whose import key the journal does not hold yet (the unique
     * index on (journal, import key) decides); they have no online account, link nor identifier.
     *
     * @return how many were inserted
     */
    int insertFileLinesIfAbsent(long journalId, List<FileLine> lines, Map<FileLine, Long> statementOf) throws SQLException {
        return insertInStatements(lines, INSERT_FILE_FULL, StatementLineWriter::insertFileLinesOf, (ps, i, line) -> {
            int next = bindLine(ps, i, statementOf.get(line), journalId, line.line());
            ps.setString(next++, line.importKey());
            return next;
        });
    }

    /** Binds one row's values from parameter {@code first} on; @return the next parameter's index. */
    @FunctionalInterface
    private interface RowBinder<T> {
        int bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    /** Inserts {@code lines} {@value #ROWS_PER_STATEMENT} to a statement; @return the rows inserted. */
    private <T> int insertInStatements(List<T> lines, String fullSql, IntFunction<String> sqlOf, RowBinder<T> binder)
            throws SQLException {
        int inserted = 0;
        for (int from = 0; from < lines.size(); from += ROWS_PER_STATEMENT) {
            List<T> rows = lines.subList(from, Math.min(lines.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement ps = connection.prepareStatement(rows.size() == ROWS_PER_STATEMENT ? fullSql : sqlOf.apply(rows.size()))) {
                int i = 1;
                for (T row : rows) {
                    i = binder.bind(ps, i, row);
                }
                inserted += ps.executeUpdate();
            }
        }
        return inserted;
    }

    /**
     * Records the statements that lines inserted by this writer went into as touched by the run. A line the
     * unique index turned away left its id unused, so the ids handed out that now exist are the inserted
     * lines; they are read by a range of the primary key only, never through the account's lines.
     */
    void recordStatementsTouched(long runId) throws SQLException {
        if (statementOfId.isEmpty()) {
            return;
        }
        Set<Long> touched = new TreeSet<>();
        try (PreparedStatement ps = connection.prepareStatement("select id from statement_line where id between ? and ?")) {
            ps.setLong(1, Collections.min(statementOfId.keySet()));
            ps.setLong(2, Collections.max(statementOfId.keySet()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long statement = statementOfId.get(rs.getLong(1));
                    if (statement != null) {
                        touched.add(statement);
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into sync_run_statement (run_id, statement_id) values (?, ?) on conflict do nothing")) {
            for (long statement : touched) {
                ps.setLong(1, runId);
                ps.setLong(2, statement);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds the columns every line has, id to {@code amount_currency}; @return the next parameter's index. */
    private int bindLine(PreparedStatement ps, int first, Long statementId, long journalId, NewLine line) throws SQLException {
        int i = first;
        long id = lineIds.next(connection);
        if (statementId != null) {
            statementOfId.put(id, statementId);
        }
        ps.setLong(i++, id);
        setLong(ps, i++, statementId);
        ps.setLong(i++, journalId);
        ps.setDate(i++, Date.valueOf(line.date()));
        ps.setString(i++, line.paymentRef());
        ps.setBigDecimal(i++, line.amount());
        ps.setString(i++, line.currencyCode());
        ps.setString(i++, line.partnerName());
        ps.setString(i++, line.accountNumber());
        ps.setString(i++, line.foreignCurrencyCode());
        ps.setBigDecimal(i++, line.amountCurrency());
        return i;
    }

    /** Insert-if-absent of {@code rows} rows, and never a transaction a person deleted (a record in {@code deleted_transaction}). */
    private static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder("insert into statement_line (" + LINE_COLUMNS + ", reconciled,"
                + " online_transaction_identifier, online_account_id, online_link_id, online_partner_information, version)"
                + " select v.id, v.statement_id, v.journal_id, v.line_date, v.payment_ref, v.amount, v.currency_code,"
                + " v.partner_name, v.account_number, v.foreign_currency_code, v.amount_currency, false, v.online_id,"
                + " v.account_id, v.link_id, v.partner_information, 0 from (values ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(ROW);
        }
        return sql.append(") v (id, statement_id, journal_id, line_date, payment_ref, amount, currency_code, partner_name,"
                + " account_number, foreign_currency_code, amount_currency, online_id, account_id, link_id, partner_information)"
                + " where not exists (select 1 from deleted_transaction d where d.online_account_id = v.account_id"
                + " and d.online_transaction_identifier = v.online_id) on conflict do nothing").toString();
    }

    /** Insert-if-absent of {@code rows} file lines: reconciled false, no online identity, the import key. */
    private static String insertFileLinesOf(int rows) {
        StringBuilder sql = new StringBuilder("insert into statement_line (" + LINE_COLUMNS + ", import_key, reconciled,"
                + " version) select v.*, false, 0 from (values ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(FILE_ROW);
        }
        return sql.append(") v (" + LINE_COLUMNS + ", import_key) on conflict do nothing").toString();
    }

    /**
     * @return the id of the journal's statement for each period, created when missing (an import on
     *         another node may create the same one at the same time: the unique index keeps one)
     */
    Map<StatementPeriod, Long> statementsFor(long journalId, String journalCode, Iterable<StatementPeriod> periods)
            throws SQLException {
        Map<StatementPeriod, Long> ids = new HashMap<>();
        try (PreparedStatement find = connection.prepareStatement(
                "select id from bank_statement where journal_id = ? and period_start = ?");
                PreparedStatement create = connection.prepareStatement(INSERT_STATEMENT)) {
            for (StatementPeriod period : periods) {
                Long id = findStatement(find, journalId, period);
                if (id == null) {
                    create.setLong(1, statementIds.next(connection));
                    create.setLong(2, journalId);
                    create.setString(3, journalCode + " " + period.label());
                    create.setDate(4, Date.valueOf(period.end()));
                    create.setDate(5, Date.valueOf(period.start()));
                    create.setDate(6, Date.valueOf(period.end()));
                    create.executeUpdate();
                    id = findStatement(find, journalId, period);
                }
                ids.put(period, id);
            }
        }
        return ids;
    }

    private static Long findStatement(PreparedStatement find, long journalId, StatementPeriod period) throws SQLException {
        find.setLong(1, journalId);
        find.setDate(2, Date.valueOf(period.start()));
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
