package erp.onlinesync.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import erp.onlinesync.infrastructure.crypto.TokenCipher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's cluster test: two Payara Micro nodes on one PostgreSQL schema, {@code cluster.links}
 * (200) links due at once against a {@link StubProxy}; once about a quarter of them are synchronized
 * and node A holds a run, node A is killed with SIGKILL ({@code kill -9}), and node B must finish
 * everything, A's half-done runs once their lease ran out and A's queued runs once their start was
 * lost. Then each link has exactly one timer run, done; no statement line is there twice; the runs A
 * held were ended by B; both nodes sent the proxy the same installation id; B logged nothing SEVERE.
 * <p>
 * Not Arquillian: it starts the nodes itself ({@link MicroNode}), with clustering on, as an operator
 * would. Only the database decides who runs what (claims with leases, see {@code RunStore}); the
 * Hazelcast cluster the nodes form is reported, not required. The lease is kept short by settings,
 * not by a test hook: 1 s connect and 2 s read timeouts, 4 s at most between attempts, 10 s margin,
 * so 3 × (4 × 3 s + 3 × 4 s) + 10 s = 82 s ({@link #LEASE_SECONDS}); and a queued run counts as lost
 * after 30 s.
 * <p>
 * Parameters (system properties): {@code cluster.links} (200), {@code cluster.proxy.min-delay-ms} and
 * {@code cluster.proxy.max-delay-ms} (200, 500: a {@code transactions} call's answer time),
 * {@code cluster.parallel-runs} (4 a node), {@code cluster.timeout-seconds} (240, each wait). The
 * summary line gives the figures of a run, so a benchmark can call the same test with
 * {@code -Dcluster.links=10000}. Node logs stay in {@code target/cluster/node-*}.
 */
class ClusterIT {

    private static final int LINKS = Integer.getInteger("cluster.links", 200);
    private static final Duration MIN_DELAY = Duration.ofMillis(Long.getLong("cluster.proxy.min-delay-ms", 200));
    private static final Duration MAX_DELAY = Duration.ofMillis(Long.getLong("cluster.proxy.max-delay-ms", 500));
    private static final int PARALLEL_RUNS = Integer.getInteger("cluster.parallel-runs", 4);
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("cluster.timeout-seconds", 240));
    private static final int SCHEDULER_PERIOD_SECONDS = 2;
    private static final int CONNECT_TIMEOUT_SECONDS = 1;
    private static final int READ_TIMEOUT_SECONDS = 2;
    private static final int MAX_RETRY_WAIT_SECONDS = 4;
    private static final int LEASE_MARGIN_SECONDS = 10;
    /** README's lease: 3 calls × (4 attempts × (connect + read timeout) + 3 waits), plus the margin. */
    private static final int LEASE_SECONDS = 3 * (4 * (CONNECT_TIMEOUT_SECONDS + READ_TIMEOUT_SECONDS)
            + 3 * MAX_RETRY_WAIT_SECONDS) + LEASE_MARGIN_SECONDS;
    private static final int LOST_START_SECONDS = 30;
    /** The daily jobs' catch-up after a node's start ({@code DailyTimers.CATCH_UP_DELAY_MS}). */
    private static final long CATCH_UP_MS = 60_000;
    private static final long EXPIRING_LINK = 900_001;
    private static final long UNFINISHED_LINK = 900_002;
    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";
    private static final String DONE_RUNS = "select count(*) from sync_run where state = 'DONE'";
    /** The node that claimed a run last, from the trigger's record: the one that ended a done run. */
    private static final String LAST_CLAIM = "(select c.node from cluster_claim c where c.run_id = r.id order by c.id desc limit 1)";

    @Test
    void twoNodesSyncEveryLinkOnceAlthoughOneIsKilledInTheMiddle() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db")), "the cluster test needs PostgreSQL (-Ppostgres)");
        Path dir = Path.of(System.getProperty("it.war")).resolveSibling("cluster");
        MicroNode.deleteTree(dir);
        ClusterDatabase db = new ClusterDatabase(System.getProperty("it.ds.url"), System.getProperty("it.ds.user"));
        db.recreateSchema();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String keyBase64 = Base64.getEncoder().encodeToString(key);
        int port = Integer.getInteger("it.port");
        try (StubProxy stub = new StubProxy(MIN_DELAY, MAX_DELAY)) {
            // a Hazelcast cluster of these two only, whatever else runs on the machine
            List<String> grid = List.of("--clustername", "onlinesync-cluster-it-" + port, "--interfaces", "127.0.0.1",
                    "--clustermode", "tcpip:127.0.0.1:" + (port + 5) + ",127.0.0.1:" + (port + 6));
            MicroNode a = node(NODE_A, port, port + 5, grid, dir, db, stub, keyBase64);
            MicroNode b = node(NODE_B, port + 1, port + 6, grid, dir, db, stub, keyBase64);
            try {
                // the second starts once the first has migrated the empty schema and created the admin alone
                a.start();
                await(() -> a.requireAlive() && db.number("select count(*) from module_user where user_name = 'admin'") == 1,
                        NODE_A + " migrated the schema", null);
                plantDailyWork(db);
                b.start();
                Instant bStarted = Instant.now();
                a.awaitReady();
                b.awaitReady();
                dailyJobsRanOnce(db, a, b, bStarted);
                assertSandboxOff(port + 1);
                db.recordClaims();
                System.out.printf("ClusterIT: Hazelcast data grid seen by %s: %s, by %s: %s%n", NODE_A, a.dataGrid(),
                        NODE_B, b.dataGrid());
                scenario(db, stub, a, b, new TokenCipher(key), keyBase64);
                neutralizedCopyCallsNoProxy(db, stub, port + 1);
            } finally {
                b.stop();
                a.stop();
                b.removeRuntime();
                a.removeRuntime();
            }
        }
    }

    /** Work for the daily jobs: a consent expiring in 15 days, a link never finished for 40 days. */
    private static void plantDailyWork(ClusterDatabase db) throws SQLException {
        db.execute("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, consent_expiring_date,"
                + " version) values (?, 1, 'Cluster expiring', 'CONNECTED', false, 'MONTH', ?, 0)", EXPIRING_LINK,
                Date.valueOf(LocalDate.now().plusDays(15)));
        db.execute("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, created_at, version)"
                + " values (?, 1, 'Cluster unfinished', 'CONNECTED', false, 'MONTH', ?, 0)", UNFINISHED_LINK,
                Timestamp.from(Instant.now().minus(Duration.ofDays(40))));
    }

    /**
     * Both nodes start the day's clean-up and reminders a minute after their start (a catch-up, as the
     * hour of both is 0): once both have fired, alive, each job has run once, on one node.
     */
    private static void dailyJobsRanOnce(ClusterDatabase db, MicroNode a, MicroNode b, Instant bStarted) throws Exception {
        Instant bothFired = bStarted.plusMillis(CATCH_UP_MS).plusSeconds(5);
        await(() -> Instant.now().isAfter(bothFired) && a.requireAlive() && b.requireAlive(), "both nodes' daily catch-ups", null);
        String today = LocalDate.now().toString();
        for (String job : List.of("housekeeping", "consent-reminders")) {
            assertEquals(1, db.number("select count(*) from scheduled_job_run where job_name = ? and period = ?", job, today), job);
            String node = (String) db.rows("select node from scheduled_job_run where job_name = ?", job).get(0).get(0);
            String ran = job.equals("housekeeping") ? "Clean-up of " + today + " on " : "Consent reminders of " + today + " on ";
            assertEquals(1, a.log().split(ran, -1).length + b.log().split(ran, -1).length - 2, job + " logged once, by " + node);
        }
        assertEquals(1, db.number("select count(*) from consent_reminder where link_id = ?", EXPIRING_LINK), "one reminder");
        assertEquals(1, db.number("select count(*) from chatter_message where record_id = ? and body like '%15 days%'", EXPIRING_LINK),
                "one reminder in the chatter");
        assertEquals(0, db.number("select count(*) from online_link where id = ?", UNFINISHED_LINK), "the unfinished link removed");
        assertTrue(db.number("select count(*) from chatter_message where record_id = ?", UNFINISHED_LINK) >= 1, "its chatter kept");
    }

    /** @param keyBase64 the token key as the nodes have it, to check that no log holds it */
    private static void scenario(ClusterDatabase db, StubProxy stub, MicroNode a, MicroNode b, TokenCipher cipher, String keyBase64)
            throws Exception {
        Instant due = Instant.now().minusSeconds(60);
        List<String> clients = db.insertLinks(LINKS, due, cipher);
        Instant inserted = Instant.now();

        await(() -> db.number(DONE_RUNS) >= LINKS / 4 && running(db, NODE_A) >= 1,
                "a quarter of the links done and a run held by " + NODE_A, db);
        a.kill();
        Instant killedAt = Instant.now();
        // A is gone: the runs still running under its name are exactly those it held when it died
        List<Long> heldByA = db.rows("select id from sync_run where state = 'RUNNING' and claimed_by = ?", NODE_A)
                .stream().map(r -> ((Number) r.get(0)).longValue()).toList();
        long doneAtKill = db.number(DONE_RUNS);

        await(() -> db.number("select count(distinct link_id) from sync_run where state = 'DONE'") == LINKS,
                "every link's run done by " + NODE_B, db);
        Instant lastDone = instant(db.rows("select max(ended_at) from sync_run").get(0).get(0));
        Thread.sleep(Duration.ofSeconds(2L * SCHEDULER_PERIOD_SECONDS + 1).toMillis()); // a second run would be queued by now

        assertEachLinkSyncedOnce(db);
        assertHeldRunsEndedByB(db, heldByA, killedAt);
        assertNoLineTwice(db);
        assertProxyCalls(db, stub, clients);
        assertTrue(severe(b.log()).isEmpty(), () -> NODE_B + " logged SEVERE:\n" + severe(b.log()));
        assertFalse(a.log().contains(keyBase64) || b.log().contains(keyBase64), "no node logged the token key");

        printFigures(db, stub, Duration.between(inserted, killedAt), doneAtKill, heldByA.size(), Duration.between(killedAt, lastDone),
                Duration.between(inserted, lastDone));
    }

    /**
     * The database after the scenario, taken as a copy of production: neutralized through the node that
     * is left, it asks the proxy nothing more, although every link is due.
     */
    private static void neutralizedCopyCallsNoProxy(ClusterDatabase db, StubProxy stub, int port) throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + System.getProperty("it.admin.password"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> neutralized = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/onlinesync/api/v1/admin/neutralize")).header("Authorization", basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"confirm\": \"neutralize\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, neutralized.statusCode(), neutralized.body());
        assertTrue(neutralized.body().contains("\"neutralized_links\":" + (LINKS + 1)), "the expiring link too: " + neutralized.body());
        db.execute("update online_link set next_refresh = ?", Timestamp.from(Instant.now().minusSeconds(60)));
        long calls = stub.of(NODE_B).refresh.get() + stub.of(NODE_B).transactions.get();
        Thread.sleep(Duration.ofSeconds(3L * SCHEDULER_PERIOD_SECONDS).toMillis());
        assertEquals(calls, stub.of(NODE_B).refresh.get() + stub.of(NODE_B).transactions.get(), "no proxy call after neutralize");
        assertEquals(LINKS + 1, db.number("select count(*) from online_link where state = 'DISCONNECTED' and not auto_sync"
                + " and refresh_token_sealed is null"));
    }

    /** The nodes are set up as a production deployment on PostgreSQL: no sandbox switch, so no fake bank. */
    private static void assertSandboxOff(int port) throws Exception {
        for (String path : List.of("/onlinesync/sandbox/connect", "/onlinesync/sandbox/proxy/v1/institutions")) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), path + " is not served with the sandbox off");
        }
    }

    /** The summary line: what a benchmark reads. */
    private static void printFigures(ClusterDatabase db, StubProxy stub, Duration toKill, long doneAtKill, int held, Duration killToLast,
            Duration all) throws SQLException {
        Map<String, Long> doneBy = new LinkedHashMap<>();
        for (List<Object> row : db.rows("select " + LAST_CLAIM + ", count(*) from sync_run r where r.state = 'DONE' group by 1")) {
            doneBy.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        long proxyMillis = stub.of(NODE_A).delayMillis.get() + stub.of(NODE_B).delayMillis.get();
        long runMillis = db.number("select avg(extract(epoch from r.ended_at - (select min(c.claimed_at) from cluster_claim c"
                + " where c.run_id = r.id)) * 1000) from sync_run r where (select count(*) from cluster_claim c where c.run_id = r.id) = 1");
        System.out.printf("ClusterIT: %d links on 2 nodes (%d runs at once each), all done in %.1f s: %.2f runs/s overall,"
                        + " %.2f runs/s on both nodes before the kill; done by %s %d, by %s %d; %s killed after %.1f s with %d done,"
                        + " holding %d runs, kill to last done %.1f s (lease %d s); a run not taken over: %d ms claim to done,"
                        + " %d ms of it the proxy's answers%n",
                LINKS, PARALLEL_RUNS, seconds(all), LINKS / seconds(all), doneAtKill / seconds(toKill), NODE_A,
                doneBy.getOrDefault(NODE_A, 0L), NODE_B, doneBy.getOrDefault(NODE_B, 0L), NODE_A, seconds(toKill), doneAtKill,
                held, seconds(killToLast), LEASE_SECONDS, runMillis, proxyMillis / LINKS);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static void assertEachLinkSyncedOnce(ClusterDatabase db) throws SQLException {
        assertEquals(LINKS, db.number("select count(*) from sync_run"), "one run per link, no other");
        assertEquals(LINKS, db.number("select count(distinct link_id) from sync_run where run_trigger = 'TIMER' and state = 'DONE'"),
                "each link's run is a timer run, done");
    }

    private static void assertHeldRunsEndedByB(ClusterDatabase db, List<Long> heldByA, Instant killedAt) throws SQLException {
        assertFalse(heldByA.isEmpty(), NODE_A + " held a run when it was killed");
        for (long run : heldByA) {
            List<Object> row = db.rows("select r.state, " + LAST_CLAIM + ", r.ended_at from sync_run r where r.id = ?", run).get(0);
            assertEquals("DONE", row.get(0), "run " + run);
            assertEquals(NODE_B, row.get(1), "run " + run + " held by " + NODE_A + " was ended by the node that claimed it last");
            assertTrue(instant(row.get(2)).isAfter(killedAt), "run " + run + " ended after the kill");
        }
    }

    private static void assertNoLineTwice(ClusterDatabase db) throws SQLException {
        long lines = db.number("select count(*) from statement_line");
        assertEquals((long) LINKS * StubProxy.POSTED, lines, "every transaction the stub serves, once, and no opening balance");
        assertEquals(lines, db.number("select count(*) from (select distinct online_account_id, online_transaction_identifier"
                + " from statement_line) d"), "no line twice");
        assertEquals(LINKS, db.number("select count(*) from (select online_account_id from statement_line group by online_account_id"
                + " having count(*) = ? and sum(amount) = ?) a", StubProxy.POSTED, StubProxy.balance()),
                "each account has the stub's lines, summing to the bank's balance");
    }

    private static void assertProxyCalls(ClusterDatabase db, StubProxy stub, List<String> clients) throws SQLException {
        assertEquals(0, stub.unexpectedCalls(), "only refresh and transactions were called");
        for (String client : clients) {
            assertTrue(stub.of(NODE_A).postedCallsByClient.containsKey(client) || stub.of(NODE_B).postedCallsByClient.containsKey(client),
                    client + " was listed");
        }
        Object installation = db.rows("select setting_value from module_setting where setting_name = 'db_uuid'").get(0).get(0);
        assertEquals(Set.of(installation), stub.of(NODE_A).dbUuids, NODE_A + " sent the installation id of the database");
        assertEquals(Set.of(installation), stub.of(NODE_B).dbUuids, NODE_B + " sent the same");
    }

    private static long running(ClusterDatabase db, String node) throws SQLException {
        return db.number("select count(*) from sync_run where state = 'RUNNING' and claimed_by = ?", node);
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) timestamp).toInstant();
    }

    private static String severe(String log) {
        return log.lines().filter(l -> l.contains("SEVERE")).collect(Collectors.joining("\n"));
    }

    /** @param keyBase64 the token key, handed over in the environment */
    private static MicroNode node(String name, int httpPort, int gridPort, List<String> grid, Path dir, ClusterDatabase db,
            StubProxy stub, String keyBase64) {
        Path home = dir.resolve(name);
        List<String> settings = List.of("ds.url=" + db.url(), "ds.user=" + db.user(), "sync.data-dir=" + home.resolve("data"),
                "sync.bootstrap-admin-password=" + System.getProperty("it.admin.password"),
                "sync.proxy.url=" + stub.urlFor(name), "sync.node-name=" + name,
                "sync.scheduler.period-seconds=" + SCHEDULER_PERIOD_SECONDS, "sync.scheduler.batch-size=50",
                "sync.scheduler.parallel-runs=" + PARALLEL_RUNS, "sync.housekeeping.hour=0", "sync.reminders.hour=0",
                "sync.scheduler.lost-start-seconds=" + LOST_START_SECONDS,
                "sync.proxy.connect-timeout-seconds=" + CONNECT_TIMEOUT_SECONDS, "sync.proxy.read-timeout-seconds=" + READ_TIMEOUT_SECONDS,
                "sync.proxy.max-retry-wait-seconds=" + MAX_RETRY_WAIT_SECONDS, "sync.run.lease-margin-seconds=" + LEASE_MARGIN_SECONDS);
        List<String> options = Stream.concat(grid.stream(), Stream.of("--startport", String.valueOf(gridPort))).toList();
        return new MicroNode(name, httpPort, home, settings, options, Map.of("SYNC_SECRET_KEY", keyBase64));
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Polls every 100 ms; a condition that throws {@link SQLException} does not hold yet.
     *
     * @param db when given, the failure says what the runs are doing
     */
    private static void await(Condition condition, String what, ClusterDatabase db) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + TIMEOUT.toSeconds() + " s: " + what + (db == null ? "" : "; runs by state and node: "
                        + db.rows("select state, claimed_by, count(*), min(message) from sync_run group by 1, 2 order by 1, 2")));
            }
            Thread.sleep(100);
        }
    }

    private static boolean holds(Condition condition) throws Exception {
        try {
            return condition.holds();
        } catch (SQLException notYet) {
            return false; // e.g. the table is not there yet
        }
    }
}
