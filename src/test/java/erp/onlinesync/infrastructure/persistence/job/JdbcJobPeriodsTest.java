package erp.onlinesync.infrastructure.persistence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.JobPeriods;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes on one database, with every migration applied as at start-up, claiming the same periods. */
class JdbcJobPeriodsTest {

    private static final int NODES = 8;
    private static final Instant AT = Instant.parse("2026-12-02T03:00:00Z");

    private static final JdbcDataSource DATABASE = new JdbcDataSource();
    private final JobPeriods nodeA = new JdbcJobPeriods(DATABASE);
    private final JobPeriods nodeB = new JdbcJobPeriods(DATABASE);

    /** Migrated once for the class: each migration run costs a second on a busy machine. */
    @BeforeAll
    static void schema() {
        DATABASE.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(DATABASE).locations("filesystem:src/main/resources/db/migration").load().migrate();
    }

    @BeforeEach
    void noClaims() throws SQLException {
        try (Connection c = DATABASE.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from scheduled_job_run");
        }
    }

    @Test
    void oneNodeWinsAPeriodAndKeepsIt() throws SQLException {
        assertTrue(nodeA.claim("housekeeping", "2026-12-02", "node-a", AT));
        assertFalse(nodeB.claim("housekeeping", "2026-12-02", "node-b", AT.plusSeconds(1)));
        assertFalse(nodeA.claim("housekeeping", "2026-12-02", "node-a", AT.plusSeconds(2)), "a claim is made once, even by its winner");

        assertEquals("node-a", claimedBy("housekeeping", "2026-12-02"));
    }

    @Test
    void nodesClaimingAtTheSameInstantHaveOneWinner() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                JobPeriods node = new JdbcJobPeriods(DATABASE);
                String name = "node-" + i;
                claims.add(nodes.submit(() -> {
                    start.await();
                    return node.claim("housekeeping", "2026-12-02", name, AT);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void periodsAndJobsAreClaimedApart() {
        assertTrue(nodeA.claim("housekeeping", "2026-12-02", "node-a", AT));
        assertTrue(nodeB.claim("housekeeping", "2026-12-03", "node-b", AT.plusSeconds(86_400)));
        assertTrue(nodeB.claim("consent-reminders", "2026-12-02", "node-b", AT));
    }

    @Test
    void aLongNodeNameIsCutButALongPeriodIsRefused() throws SQLException {
        assertTrue(nodeA.claim("housekeeping", "2026-12-02", "n".repeat(150), AT));
        assertEquals(JdbcJobPeriods.NODE_MAX, claimedBy("housekeeping", "2026-12-02").length());

        assertThrows(IllegalArgumentException.class, () -> nodeA.claim("housekeeping", "p".repeat(JobPeriods.PERIOD_MAX + 1), "node-a", AT));
        assertThrows(IllegalArgumentException.class, () -> nodeA.claim("j".repeat(JobPeriods.JOB_MAX + 1), "2026-12-02", "node-a", AT));
    }

    private String claimedBy(String job, String period) throws SQLException {
        try (Connection c = DATABASE.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select node from scheduled_job_run where job_name = '" + job
                        + "' and period = '" + period + "'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
