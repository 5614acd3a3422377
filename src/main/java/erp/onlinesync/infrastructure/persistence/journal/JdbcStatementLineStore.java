package erp.onlinesync.infrastructure.persistence.journal;

import erp.onlinesync.domain.journal.FileLine;
import erp.onlinesync.domain.journal.ImportFailedException;
import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.JournalTarget;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.PageCounts;
import erp.onlinesync.domain.journal.StatementLineStore;
import erp.onlinesync.domain.journal.StatementPeriod;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.run.ClaimLostException;
import erp.onlinesync.domain.run.RunClaim;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The {@link StatementLineStore} on JDBC, one database transaction per call: a page of posted lines
 * together with the run's counts and cursor, so a crash between pages loses at most the page in
 * flight and the resumed run asks for it again; the pending transactions of an account; the end of
 * an account (balances, statement balances, opening-balance line).
 * <p>
 * Every method runs in its own transaction ({@code REQUIRES_NEW}): the runner calls the proxy outside
 * any transaction and hands each answer here. A run's write first updates the run's row on the
 * condition that it is still running under the writer's claim: that both fences the write (no row,
 * nothing written, {@link ClaimLostException}) and locks the row, so a node taking the run over waits
 * for the page to commit. Why JDBC and not JPA: loading entities one by one is an order of magnitude
 * slower than a batch of insert-if-absent statements.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JdbcStatementLineStore implements StatementLineStore {

    /** The identifier of the line that brings a journal's balance to the bank's (one per account). */
    public static final String OPENING_BALANCE_ID = "opening-balance";

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Override
    public PageCounts writePostedPage(RunClaim claim, ImportTarget target, String journalCode, List<NewLine> lines,
            String cursor, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection()) {
            holdClaim(c, claim, leaseUntil);
            StatementLineWriter writer = new StatementLineWriter(c);
            PageCounts counts = insertPage(writer, target, journalCode, lines);
            if (counts.imported() > 0) {
                writer.recordStatementsTouched(claim.runId());
            }
            advanceRun(c, claim, counts, 0, cursor);
            return counts;
        } catch (SQLException e) {
            throw new ImportFailedException("cannot write a page of transactions", e);
        }
    }

    /** Inserts the lines after the lock date that are not imported yet, each in the statement of its period. */
    private static PageCounts insertPage(StatementLineWriter writer, ImportTarget target, String journalCode,
            List<NewLine> lines) throws SQLException {
        List<NewLine> open = new ArrayList<>(lines.size());
        for (NewLine line : lines) {
            if (target.isOpen(line.date())) {
                open.add(line);
            }
        }
        Map<NewLine, Long> statementOf = statementsOf(writer, target.journalId(), journalCode, target.periodicity(),
                open, NewLine::date);
        int inserted = writer.insertIfAbsent(target, open, statementOf);
        return new PageCounts(inserted, open.size() - inserted, lines.size() - open.size());
    }

    /** @return the id of the statement of each line's period (created when missing), or null for periodicity none */
    private static <L> Map<L, Long> statementsOf(StatementLineWriter writer, long journalId, String journalCode,
            StatementPeriodicity periodicity, List<L> lines, Function<L, LocalDate> dateOf) throws SQLException {
        Set<StatementPeriod> periods = new LinkedHashSet<>();
        for (L line : lines) {
            StatementPeriod p = periodicity.periodOf(dateOf.apply(line));
            if (p != null) {
                periods.add(p);
            }
        }
        Map<StatementPeriod, Long> statements = writer.statementsFor(journalId, journalCode, periods);
        Map<L, Long> statementOf = new HashMap<>();
        for (L line : lines) {
            StatementPeriod p = periodicity.periodOf(dateOf.apply(line));
            statementOf.put(line, p == null ? null : statements.get(p));
        }
        return statementOf;
    }

    /**
     * Joins the caller's transaction, unlike the other methods: the confirm of a file import marks its
     * preview confirmed in the same one, so a failed write leaves the preview confirmable and a second
     * confirm writes nothing.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PageCounts writeFileLines(JournalTarget target, List<FileLine> lines, Instant now) {
        List<FileLine> open = lines.stream().filter(l -> target.isOpen(l.line().date())).toList();
        try (Connection c = dataSource.getConnection()) {
            StatementLineWriter writer = new StatementLineWriter(c);
            Map<FileLine, Long> statementOf = statementsOf(writer, target.journalId(), target.journalCode(),
                    target.periodicity(), open, l -> l.line().date());
            int inserted = writer.insertFileLinesIfAbsent(target.journalId(), open, statementOf);
            recomputeStatementBalances(c, target.journalId(), now);
            return new PageCounts(inserted, open.size() - inserted, lines.size() - open.size());
        } catch (SQLException e) {
            throw new ImportFailedException("cannot write the lines of the file", e);
        }
    }

    @Override
    public List<String> statementsTouched(long runId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select s.name from"
                + " sync_run_statement t join bank_statement s on s.id = t.statement_id where t.run_id = ?"
                + " order by s.journal_id, s.period_start")) {
            ps.setLong(1, runId);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the statements of a run", e);
        }
    }

    @Override
    public PageCounts writeLines(ImportTarget target, String journalCode, List<NewLine> lines, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            PageCounts counts = insertPage(new StatementLineWriter(c), target, journalCode, lines);
            recomputeStatementBalances(c, target.journalId(), now);
            return counts;
        } catch (SQLException e) {
            throw new ImportFailedException("cannot write the selected transactions", e);
        }
    }

    @Override
    public void replacePending(RunClaim claim, ImportTarget target, List<NewLine> pending, String cursor, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection()) {
            holdClaim(c, claim, leaseUntil);
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
                    insert.setLong(12, claim.runId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            advanceRun(c, claim, new PageCounts(0, 0, 0), pending.size(), cursor);
        } catch (SQLException e) {
            throw new ImportFailedException("cannot write the pending transactions", e);
        }
    }

    @Override
    public BigDecimal finishAccount(RunClaim claim, ImportTarget target, String journalCode, BigDecimal balance,
            BigDecimal availableBalance, LocalDate balanceDate, Instant now, String cursor, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection()) {
            holdClaim(c, claim, leaseUntil);
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
            advanceRun(c, claim, new PageCounts(0, 0, 0), 0, cursor);
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

    @Override
    public Optional<NewestLine> newestImported(long accountId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select date, online_transaction_identifier from statement_line"
                        + " where online_account_id = ? and online_transaction_identifier not like '"
                        + OPENING_BALANCE_ID + "%' order by date desc, id desc")) {
            ps.setLong(1, accountId);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new NewestLine(rs.getDate(1).toLocalDate(), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the newest imported transaction", e);
        }
    }

    /** Renews the lease if the run is still running under this claim, and locks its row until the commit. */
    private static void holdClaim(Connection c, RunClaim claim, Instant leaseUntil) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update sync_run set lease_until = ?, version = version + 1"
                + " where id = ? and state = 'RUNNING' and claim_token = ?")) {
            ps.setTimestamp(1, Timestamp.from(leaseUntil));
            ps.setLong(2, claim.runId());
            ps.setString(3, claim.token());
            if (ps.executeUpdate() != 1) {
                throw new ClaimLostException(claim.runId());
            }
        }
    }

    /** Adds the counts and moves the cursor; the row is held since {@link #holdClaim}. */
    private static void advanceRun(Connection c, RunClaim claim, PageCounts counts, int pending, String cursor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update sync_run set imported = imported + ?,"
                + " skipped_duplicates = skipped_duplicates + ?, skipped_locked = skipped_locked + ?,"
                + " skipped_pending = skipped_pending + ?, run_cursor = ? where id = ?")) {
            ps.setInt(1, counts.imported());
            ps.setInt(2, counts.skippedDuplicates());
            ps.setInt(3, counts.skippedLocked());
            ps.setInt(4, pending);
            ps.setString(5, cursor);
            ps.setLong(6, claim.runId());
            ps.executeUpdate();
        }
    }
}
