package erp.onlinesync.application.importing;

import erp.onlinesync.domain.journal.StatementPeriod;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes what a run fetched, one database transaction per call: a page of posted lines together
 * with the run's counts and cursor, so a crash between pages loses at most the page in flight and
 * the resumed run asks for it again; the pending transactions of an account; the end of an account
 * (balances, statement balances, opening-balance line).
 * <p>
 * Every method runs in its own transaction ({@code REQUIRES_NEW}): the runner calls the proxy outside
 * any transaction and hands each answer here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWriter {

    /** The identifier of the line that brings a journal's balance to the bank's (one per account). */
    public static final String OPENING_BALANCE_ID = "opening-balance";

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    /**
     * Writes a page of posted transactions: lines dated on or before the lock date are skipped, the
     * others inserted unless already imported, each in the statement of its period.
     *
     * @param cursor the run's cursor after this page (JSON text)
     */
    public PageCounts writePostedPage(long runId, ImportTarget target, String journalCode, List<NewLine> lines,
            String cursor, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection()) {
            PageCounts counts = insertPage(c, target, journalCode, lines);
            advanceRun(c, runId, counts, 0, cursor, leaseUntil);
            return counts;
        } catch (SQLException e) {
            throw new ImportFailedException("cannot write a page of transactions", e);
        }
    }

    /** Inserts the lines after the lock date that are not imported yet, each in the statement of its period. */
    private static PageCounts insertPage(Connection c, ImportTarget target, String journalCode, List<NewLine> lines)
            throws SQLException {
        List<NewLine> open = new ArrayList<>(lines.size());
        for (NewLine line : lines) {
            if (target.isOpen(line.date())) {
                open.add(line);
            }
        }
        StatementLineWriter writer = new StatementLineWriter(c);
        Map<NewLine, Long> statementOf = new HashMap<>();
        Set<StatementPeriod> periods = new LinkedHashSet<>();
        for (NewLine line : open) {
            StatementPeriod p = target.periodicity().periodOf(line.date());
            if (p != null) {
                periods.add(p);
            }
        }
        Map<StatementPeriod, Long> statements = writer.statementsFor(target.journalId(), journalCode, periods);
        for (NewLine line : open) {
            StatementPeriod p = target.periodicity().periodOf(line.date());
            statementOf.put(line, p == null ? null : statements.get(p));
        }
        int inserted = writer.insertIfAbsent(target, open, statementOf);
        return new PageCounts(inserted, open.size() - inserted, lines.size() - open.size());
    }

    /**
     * Writes lines outside any run (Find Missing Transactions): the same insert-if-absent as a run's
     * pages, then the statements' balances again.
     *
     * @return how many were inserted and how many were skipped
     */
    public PageCounts writeLines(ImportTarget target, String journalCode, List<NewLine> lines, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            PageCounts counts = insertPage(c, target, journalCode, lines);
            recomputeStatementBalances(c, target.journalId(), now);
            return counts;
        } catch (SQLException e) {
            throw new ImportFailedException("cannot write the selected transactions", e);
        }
    }

    /** Replaces the account's pending transactions with those of this run. */
    public void replacePending(long runId, ImportTarget target, List<NewLine> pending, String cursor, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from pending_transaction where online_account_id = ?")) {
                delete.setLong(1, target.accountId());
                delete.executeUpdate();
            }
            IdBlocks ids = new IdBlocks("pending_transaction_seq");
            try (PreparedStatement insert = c.prepareStatement("insert into pending_transaction (id, online_account_id,"
                    + " online_transaction_identifier, date, payment_ref, amount, currency_code, partner_name,"
                    + " account_number, foreign_currency_code, amount_currency, run_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (NewLine p : pending) {
                    insert.setLong(1, ids.next(c));
                    insert.setLong(2, target.accountId());
                    insert.setString(3, p.onlineId());
                    insert.setDate(4, Date.valueOf(p.date()));
                    insert.setString(5, p.paymentRef());
                    insert.setBigDecimal(6, p.amount());
                    insert.setString(7, p.currencyCode());
                    insert.setString(8, p.partnerName());
                    insert.setString(9, p.accountNumber());
                    insert.setString(10, p.foreignCurrencyCode());
                    insert.setBigDecimal(11, p.amountCurrency());
                    insert.setLong(12, runId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            advanceRun(c, runId, new PageCounts(0, 0, 0), pending.size(), cursor, leaseUntil);
        } catch (SQLException e) {
            throw new ImportFailedException("cannot write the pending transactions", e);
        }
    }

    /**
     * Ends an account: stores the bank's balances, adds or adjusts the opening-balance line so that
     * the journal's balance equals the bank's, and recomputes the statements' balances.
     *
     * @param balanceDate the bank's balance date, used to date a first opening line when the journal is empty
     * @return the amount of the opening-balance adjustment (zero when none was needed)
     */
    public BigDecimal finishAccount(long runId, ImportTarget target, String journalCode, BigDecimal balance,
            BigDecimal availableBalance, LocalDate balanceDate, Instant now, String cursor, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("update online_account set balance = ?, available_balance = ?,"
                    + " last_sync = ?, fetching_status = 'DONE', version = version + 1 where id = ?")) {
                ps.setBigDecimal(1, balance);
                ps.setBigDecimal(2, availableBalance);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setLong(4, target.accountId());
                ps.executeUpdate();
            }
            BigDecimal adjustment = balance == null ? BigDecimal.ZERO
                    : new OpeningBalance(c, target, journalCode).bringTo(balance, balanceDate);
            recomputeStatementBalances(c, target.journalId(), now);
            advanceRun(c, runId, new PageCounts(0, 0, 0), 0, cursor, leaseUntil);
            return adjustment;
        } catch (SQLException e) {
            throw new ImportFailedException("cannot finish the account", e);
        }
    }

    /** Each statement starts where the previous one ended; one ending before today is complete. */
    private static void recomputeStatementBalances(Connection c, long journalId, Instant now) throws SQLException {
        List<Long> order = new ArrayList<>();
        Map<Long, BigDecimal> sums = new HashMap<>();
        Map<Long, LocalDate> ends = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select s.id, s.period_end, (select coalesce(sum(l.amount), 0)"
                + " from statement_line l where l.statement_id = s.id) from bank_statement s where s.journal_id = ?"
                + " order by s.period_start")) {
            ps.setLong(1, journalId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    order.add(rs.getLong(1));
                    ends.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                    sums.put(rs.getLong(1), rs.getBigDecimal(3));
                }
            }
        }
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        BigDecimal running = BigDecimal.ZERO;
        try (PreparedStatement update = c.prepareStatement("update bank_statement set balance_start = ?, balance_end = ?,"
                + " complete = ?, version = version + 1 where id = ?")) {
            for (long id : order) {
                BigDecimal end = running.add(sums.get(id));
                update.setBigDecimal(1, running);
                update.setBigDecimal(2, end);
                update.setBoolean(3, ends.get(id).isBefore(today));
                update.setLong(4, id);
                update.addBatch();
                running = end;
            }
            update.executeBatch();
        }
    }

    private static void advanceRun(Connection c, long runId, PageCounts counts, int pending, String cursor,
            Instant leaseUntil) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update sync_run set imported = imported + ?,"
                + " skipped_duplicates = skipped_duplicates + ?, skipped_locked = skipped_locked + ?,"
                + " skipped_pending = skipped_pending + ?, run_cursor = ?, lease_until = ?, version = version + 1"
                + " where id = ?")) {
            ps.setInt(1, counts.imported());
            ps.setInt(2, counts.skippedDuplicates());
            ps.setInt(3, counts.skippedLocked());
            ps.setInt(4, pending);
            ps.setString(5, cursor);
            ps.setTimestamp(6, Timestamp.from(leaseUntil));
            ps.setLong(7, runId);
            ps.executeUpdate();
        }
    }
}
