package erp.onlinesync.infrastructure.persistence.journal;

import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.StatementPeriod;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Brings a journal's balance to the bank's with one opening-balance line per account, dated the day
 * before the journal's first line (history the provider does not give, or that predates the chosen
 * start date, is summed up there). An existing, unreconciled opening line in an open period is
 * adjusted rather than doubled; otherwise a correcting line is added after the lock date.
 */
final class OpeningBalance {

    private final Connection c;
    private final ImportTarget target;
    private final String journalCode;

    OpeningBalance(Connection c, ImportTarget target, String journalCode) {
        this.c = c;
        this.target = target;
        this.journalCode = journalCode;
    }

    /** @return the amount added to the journal (zero when it already matched) */
    BigDecimal bringTo(BigDecimal bankBalance, LocalDate balanceDate) throws SQLException {
        BigDecimal difference = bankBalance.subtract(journalBalance());
        if (difference.signum() == 0) {
            return BigDecimal.ZERO;
        }
        try (PreparedStatement ps = c.prepareStatement("update statement_line set amount = amount + ?, version = version + 1"
                + " where online_account_id = ? and online_transaction_identifier = ? and reconciled = false"
                + (target.lockDate() == null ? "" : " and date > ?"))) {
            ps.setBigDecimal(1, difference);
            ps.setLong(2, target.accountId());
            ps.setString(3, JdbcStatementLineStore.OPENING_BALANCE_ID);
            if (target.lockDate() != null) {
                ps.setDate(4, Date.valueOf(target.lockDate()));
            }
            if (ps.executeUpdate() == 1) {
                return difference;
            }
        }
        LocalDate date = openingDate(balanceDate);
        String id = existsOpeningLine() ? JdbcStatementLineStore.OPENING_BALANCE_ID + "-" + date : JdbcStatementLineStore.OPENING_BALANCE_ID;
        NewLine line = new NewLine(id, date, "Opening balance", difference, target.currency().code(), null, null, null, null);
        StatementLineWriter writer = new StatementLineWriter(c);
        StatementPeriod period = target.periodicity().periodOf(date);
        Long statement = period == null ? null : writer.statementsFor(target.journalId(), journalCode, List.of(period)).get(period);
        writer.insertIfAbsent(target, List.of(line), java.util.Collections.singletonMap(line, statement));
        return difference;
    }

    private BigDecimal journalBalance() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(sum(amount), 0) from statement_line where journal_id = ?")) {
            ps.setLong(1, target.journalId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private boolean existsOpeningLine() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from statement_line where online_account_id = ?"
                + " and online_transaction_identifier = ?")) {
            ps.setLong(1, target.accountId());
            ps.setString(2, JdbcStatementLineStore.OPENING_BALANCE_ID);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The day before the journal's first line, else the balance date; always after the lock date. */
    private LocalDate openingDate(LocalDate balanceDate) throws SQLException {
        LocalDate date;
        try (PreparedStatement ps = c.prepareStatement("select min(date) from statement_line where journal_id = ?")) {
            ps.setLong(1, target.journalId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Date first = rs.getDate(1);
                date = first != null ? first.toLocalDate().minusDays(1)
                        : balanceDate != null ? balanceDate : LocalDate.now(java.time.ZoneOffset.UTC);
            }
        }
        return target.isOpen(date) ? date : target.lockDate().plusDays(1);
    }
}
