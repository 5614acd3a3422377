package erp.onlinesync.infrastructure.persistence.journal;

import erp.onlinesync.domain.journal.LineCounts;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * {@link LineCounts} on JDBC. The exact count stops at the limit ({@code limit} inside the count), so
 * it reads at most that many index entries. Above it, PostgreSQL's planner says how many rows it
 * expects from its statistics (the count estimate of the PostgreSQL wiki), at the cost of one plan;
 * H2, the embedded database of small installations, counts them all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JdbcLineCounts implements LineCounts {

    /** The planner's row figure on the first line of {@code explain}: {@code (cost=0.42..123.45 rows=1000000 width=4)}. */
    private static final Pattern PLANNED_ROWS = Pattern.compile("rows=(\\d+)");

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Override
    public Count count(long journalId, LocalDate from, LocalDate to, int exactUpTo) {
        String where = " from statement_line where journal_id = ?" + (from == null ? "" : " and date >= ?")
                + (to == null ? "" : " and date <= ?");
        try (Connection c = dataSource.getConnection()) {
            long upTo = single(c, "select count(*) from (select 1" + where + " limit " + (exactUpTo + 1) + ") counted",
                    journalId, from, to);
            if (upTo <= exactUpTo) {
                return new Count(upTo, true);
            }
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                return new Count(single(c, "select count(*)" + where, journalId, from, to), true);
            }
            return new Count(Math.max(exactUpTo + 1L, planned(c, "explain select 1" + where, journalId, from, to)), false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the journal's lines", e);
        }
    }

    private static long single(Connection c, String sql, long journalId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), journalId, from, to); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long planned(Connection c, String sql, long journalId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), journalId, from, to); ResultSet rs = ps.executeQuery()) {
            Matcher rows = PLANNED_ROWS.matcher(rs.next() ? rs.getString(1) : "");
            return rows.find() ? Long.parseLong(rows.group(1)) : 0;
        }
    }

    private static PreparedStatement bind(PreparedStatement ps, long journalId, LocalDate from, LocalDate to) throws SQLException {
        int i = 1;
        ps.setLong(i++, journalId);
        if (from != null) {
            ps.setDate(i++, Date.valueOf(from));
        }
        if (to != null) {
            ps.setDate(i, Date.valueOf(to));
        }
        return ps;
    }
}
