package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.execute;
import static erp.onlinesync.it.Deployed.number;
import static erp.onlinesync.it.SandboxFlow.awaitRun;
import static erp.onlinesync.it.SandboxFlow.connect;
import static erp.onlinesync.it.SandboxFlow.fetch;
import static erp.onlinesync.it.SandboxFlow.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine left alone, on the deployed WAR: the scheduler's backoff of failing links, failing links
 * that cannot starve healthy ones, and a run taken over by a second runner when its lease ran out.
 * The scheduler ticks every 2 s and takes 20 links a tick here (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnattendedRunsIT {

    /** Generous: CI's two cores run these with the other builds of the machine. */
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void aLinkWhoseFirstRunFailsIsRetriedByTheSchedulerAfterItsBackoffNotBefore() throws Exception {
        // the first page cannot be written: the connect flow's first run fails
        execute("alter table statement_line add constraint it_first_run check (online_transaction_identifier"
                + " <> 'sandbox_bank-00000000e7000001-1-T0')");
        SandboxFlow.Connected link;
        try {
            link = connect("sandbox_bank", "e7000001", null);
            assertEquals("failed", awaitRun(number("select min(id) from sync_run where link_id = ?", link.linkId()))
                    .getString("state"));
        } finally {
            execute("alter table statement_line drop constraint it_first_run");
        }
        Instant next = nextRefresh(link.linkId());
        Instant failedAt = Instant.now();
        assertTrue(next.isAfter(failedAt.plus(Duration.ofMinutes(14))) && next.isBefore(failedAt.plus(Duration.ofMinutes(16))),
                "the first backoff, 15 minutes: " + next);
        Thread.sleep(5_000); // two scheduler ticks
        assertEquals(1, runsOf(link.linkId()), "not retried before its backoff");

        execute("update online_link set next_refresh = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), link.linkId());
        awaitTrue(() -> doneTimerRuns(link.linkId()) == 1, "the scheduler retried the link once its backoff was over");
        assertEquals("connected", SandboxFlow.link(link.linkId()).getString("state"));
    }

    @Test
    void fiftyFailingLinksDoNotStarveFiveHealthyOnes() throws Exception {
        List<Long> healthy = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            SandboxFlow.Connected link = connect("sandbox_bank", "e70100" + i + "1", java.time.LocalDate.now().minusDays(5).toString());
            awaitRun(fetch(link.linkId()));
            healthy.add(link.linkId());
        }
        Instant now = Instant.now();
        long base = 2_000_000;
        for (int i = 0; i < 50; i++) {
            // links without credentials: each of their runs fails inside the module
            execute("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, next_refresh, version)"
                    + " values (?, 1, ?, 'CONNECTED', true, 'MONTH', ?, 0)", base + i, "IT failing " + i,
                    Timestamp.from(now.minus(Duration.ofHours(1)).plusSeconds(i)));
        }
        for (long id : healthy) {
            execute("update online_link set next_refresh = ? where id = ?", Timestamp.from(now.minusSeconds(60)), id);
        }
        awaitTrue(() -> healthy.stream().allMatch(id -> doneTimerRuns(id) == 1),
                () -> "every healthy link ran although 50 failing links were due before them; runs of the healthy links: "
                        + Deployed.rows("select link_id, id, run_trigger, state, claimed_by, started_at, lease_until, ended_at, message from sync_run"
                        + " where link_id in (" + healthy.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                        + ") order by link_id, id"));
        for (int i = 0; i < 50; i++) {
            assertTrue(nextRefresh(base + i).isAfter(Instant.now().plus(Duration.ofMinutes(10))), "failing link backed off");
            assertEquals(1, runsOf(base + i), "a failing link runs once, then waits for its backoff");
        }
    }

    @Test
    void aRunWhoseLeaseRanOutIsFinishedByOneRunnerWithNoLineTwice() throws Exception {
        SandboxFlow.Connected link = connect("big_bank", "e7020001", null);
        long runId = activeRun(link.linkId());
        awaitTrue(() -> imported(runId) > 0, "the first runner is writing pages");
        try (Connection c = Deployed.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select claim_token from sync_run where id = ? for update")) {
                lock.setLong(1, runId);
                lock.executeQuery().close();
            }
            // what a node that took the run over and died at once leaves: another claim, its lease run out
            try (PreparedStatement takeOver = c.prepareStatement("update sync_run set claim_token = 'it-dead-node',"
                    + " lease_until = ? where id = ? and state = 'RUNNING'")) {
                takeOver.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
                takeOver.setLong(2, runId);
                assertEquals(1, takeOver.executeUpdate(), "taken over in the middle of the run");
            }
            c.commit();
        }
        JsonObject run = awaitRun(runId);
        assertEquals("done", run.getString("state"), run.toString());
        assertTrue(Deployed.serverLog().contains("Run " + runId + " was taken over by another node"),
                "the first runner stopped at its next write");
        int posted = report(link.clientId()).getJsonArray("accounts").getJsonObject(0).getJsonArray("posted_identifiers").size();
        assertEquals(posted, (int) lines(link.linkId(), false), "every posted transaction once");
        assertEquals(posted, (int) lines(link.linkId(), true), "no line twice");
        assertEquals(posted, run.getInt("imported"), "the counts are those of the pages each runner held");
        assertEquals(0, run.getInt("skipped_duplicates"), "the second runner went on from the first's last page");

        // 10,000 lines and the opening balance: above the exact count's limit, PostgreSQL estimates, H2 counts
        long journal = SandboxFlow.link(link.linkId()).getJsonArray("accounts").getJsonObject(0).getJsonNumber("journal_id").longValue();
        JsonObject page = (JsonObject) Deployed.json(Deployed.get("/api/v1/journals/" + journal + "/statement-lines?size=10&page=3",
                "admin", Deployed.adminPassword()).body());
        assertEquals(!"postgres".equals(System.getProperty("it.db")), page.getBoolean("total_exact"), page.toString());
        assertTrue(page.getJsonNumber("total").longValue() > 10_000 && page.getBoolean("has_next"), page.toString());
    }

    private static long lines(long linkId, boolean distinct) {
        return number("select count(" + (distinct ? "distinct " : "") + "online_transaction_identifier) from statement_line"
                + " where online_link_id = ? and online_transaction_identifier not like 'opening-balance%'", linkId);
    }

    private static long activeRun(long linkId) {
        return number("select id from sync_run where active_link_id = ?", linkId);
    }

    private static long imported(long runId) {
        return number("select imported from sync_run where id = ?", runId);
    }

    private static long runsOf(long linkId) {
        return number("select count(*) from sync_run where link_id = ?", linkId);
    }

    private static long doneTimerRuns(long linkId) {
        return number("select count(*) from sync_run where link_id = ? and run_trigger = 'TIMER' and state = 'DONE'", linkId);
    }

    private static Instant nextRefresh(long linkId) {
        Object at = Deployed.value("select next_refresh from online_link where id = ?", linkId);
        return at instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) at).toInstant(); // PostgreSQL : H2
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        awaitTrue(condition, () -> what);
    }

    /** @param what said on failure, with what the database holds then */
    private static void awaitTrue(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what.get());
            }
            Thread.sleep(200);
        }
    }
}
