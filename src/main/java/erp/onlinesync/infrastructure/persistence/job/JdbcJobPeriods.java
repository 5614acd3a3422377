package erp.onlinesync.infrastructure.persistence.job;

import erp.onlinesync.domain.shared.JobPeriods;
import erp.onlinesync.domain.shared.Text;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@link JobPeriods} in table {@code scheduled_job_run}: an insert-if-absent on its primary key (job,
 * period), so the database picks the one winner even when every node claims at the same instant.
 * <p>
 * An EJB with a transaction of its own ({@code REQUIRES_NEW}): the claim is committed before the job's
 * work starts, so the other nodes see it at once, and a caller's rollback cannot hand the period to a
 * second node.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JdbcJobPeriods implements JobPeriods {

    /** Length of {@code scheduled_job_run.node}: the name only tells where the job ran, so it may be cut. */
    static final int NODE_MAX = 100;

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    /** For the container: the data source comes by injection. */
    public JdbcJobPeriods() {
    }

    JdbcJobPeriods(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean claim(String job, String period, String node, Instant at) {
        requireAtMost("job name", job, JOB_MAX);
        requireAtMost("period", period, PERIOD_MAX);
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into scheduled_job_run (job_name, period, node, ran_at)"
                        + " values (?, ?, ?, ?) on conflict do nothing")) {
            insert.setString(1, job);
            insert.setString(2, period);
            insert.setString(3, Text.cut(node, NODE_MAX));
            insert.setTimestamp(4, Timestamp.from(at));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the period " + period + " of job " + job, e);
        }
    }

    private static void requireAtMost(String what, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + what + " " + value + " is longer than " + max + " characters");
        }
    }
}
