package erp.onlinesync.infrastructure.persistence.link;

import erp.onlinesync.domain.link.ConsentReminder;
import erp.onlinesync.domain.link.ConsentReminders;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link ConsentReminders} in table {@code consent_reminder}: an insert-if-absent on its primary key (link,
 * expiry date, threshold), so the database picks the one sender when two nodes' timers fire together.
 * Not an EJB: it joins the caller's transaction (that of the reminder's chatter message), as the port asks.
 */
@ApplicationScoped
public class JdbcConsentReminders implements ConsentReminders {

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    /** For the container: the data source comes by injection. */
    public JdbcConsentReminders() {
    }

    JdbcConsentReminders(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<Integer> sentFor(long linkId, LocalDate expiryDate) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select days_before from consent_reminder where link_id = ? and expiry_date = ?")) {
            select.setLong(1, linkId);
            select.setDate(2, Date.valueOf(expiryDate));
            Set<Integer> sent = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sent.add(rs.getInt(1));
                }
            }
            return sent;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the consent reminders of link " + linkId, e);
        }
    }

    @Override
    public boolean claim(long linkId, ConsentReminder reminder, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into consent_reminder (link_id, expiry_date, days_before, sent_at) values (?, ?, ?, ?) on conflict do nothing")) {
            insert.setLong(1, linkId);
            insert.setDate(2, Date.valueOf(reminder.expiryDate()));
            insert.setInt(3, reminder.daysBefore());
            insert.setTimestamp(4, Timestamp.from(at));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the consent reminder of link " + linkId, e);
        }
    }
}
