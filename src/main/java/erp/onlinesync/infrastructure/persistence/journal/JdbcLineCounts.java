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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link LineCounts} on JDBC. On PostgreSQL from the lines per day its triggers keep
 * ({@code journal_day_lines}, schema version 20): a count and a seek add up a few thousand days,
 * whatever the size of the journal. H2, the embedded database of small installations, counts the
 * lines and seeks nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JdbcLineCounts implements LineCounts {

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Override
    public long count(long journalId, LocalDate from, LocalDate to) {
        return read(journalId, from, to, (c, days) -> days == null ? countLines(c, journalId, from, to) : days.total());
    }

    @Override
    public Position locate(long journalId, LocalDate from, LocalDate to, int offset, boolean newestFirst) {
        return read(journalId, from, to, (c, days) -> days == null
                ? new Position(countLines(c, journalId, from, to), new Seek(from, to, offset))
                : new Position(days.total(), days.seek(from, to, offset, newestFirst)));
    }

    /** What to answer from the window's days, or from the connection alone when the database keeps none. */
    @FunctionalInterface
    private interface Answer<T> {
        T from(Connection c, LineDays days) throws SQLException;
    }

    private <T> T read(long journalId, LocalDate from, LocalDate to, Answer<T> answer) {
        try (Connection c = dataSource.getConnection()) {
            boolean keepsDays = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            return answer.from(c, keepsDays ? days(c, journalId, from, to) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the journal's lines", e);
        }
    }

    private static LineDays days(Connection c, long journalId, LocalDate from, LocalDate to) throws SQLException {
        List<LineDays.Day> days = new ArrayList<>();
        try (PreparedStatement ps = bind(c.prepareStatement("select date, lines from journal_day_lines"
                + where(from, to) + " order by date"), journalId, from, to); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                days.add(new LineDays.Day(rs.getDate(1).toLocalDate(), rs.getLong(2)));
            }
        }
        return new LineDays(days);
    }

    private static long countLines(Connection c, long journalId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement("select count(*) from statement_line" + where(from, to)),
                journalId, from, to); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String where(LocalDate from, LocalDate to) {
        return " where journal_id = ?" + (from == null ? "" : " and date >= ?") + (to == null ? "" : " and date <= ?");
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
