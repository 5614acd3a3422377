package erp.onlinesync.infrastructure.persistence.webhook;

import erp.onlinesync.domain.proxy.WebhookReceipts;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** {@link WebhookReceipts} in table {@code webhook_receipt}, whose unique signature makes a replay fail on every node. */
@ApplicationScoped
public class JdbcWebhookReceipts implements WebhookReceipts {

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Override
    public boolean firstSeen(String clientId, String signature, Instant now, Instant forgetBefore) {
        try (Connection c = dataSource.getConnection()) {
            purge(c, forgetBefore);
            try (PreparedStatement insert = c.prepareStatement("insert into webhook_receipt (signature, client_id, received_at)"
                    + " values (?, ?, ?) on conflict do nothing")) {
                insert.setString(1, signature);
                insert.setString(2, clientId);
                insert.setTimestamp(3, Timestamp.from(now));
                return insert.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the webhook call", e);
        }
    }

    @Override
    public int forgetBefore(Instant before) {
        try (Connection c = dataSource.getConnection()) {
            return purge(c, before);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot forget the old webhook calls", e);
        }
    }

    private static int purge(Connection c, Instant before) throws SQLException {
        try (PreparedStatement purge = c.prepareStatement("delete from webhook_receipt where received_at < ?")) {
            purge.setTimestamp(1, Timestamp.from(before));
            return purge.executeUpdate();
        }
    }
}
