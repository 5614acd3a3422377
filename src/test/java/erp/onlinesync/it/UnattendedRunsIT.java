package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.execute;
import static erp.onlinesync.it.Deployed.number;
import static erp.onlinesync.it.SandboxFlow.awaitRun;
import static erp.onlinesync.it.SandboxFlow.connect;
import static erp.onlinesync.it.SandboxFlow.fetch;
import static erp.onlinesync.it.SandboxFlow.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.crypto.TokenCipher;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * that cannot starve healthy ones, a run taken over by a second runner when its lease ran out, and the
 * consent reminders (chatter and mail, received by a GreenMail server the test starts), key rotation.
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

        // Big Bank's 30,000 lines (arquillian.xml): the total is still exact, PostgreSQL adds up its lines per day, H2 counts
        long journal = SandboxFlow.link(link.linkId()).getJsonArray("accounts").getJsonObject(0).getJsonNumber("journal_id").longValue();
        JsonObject page = (JsonObject) Deployed.json(Deployed.get("/api/v1/journals/" + journal + "/statement-lines?size=10&page=3",
                "admin", Deployed.adminPassword()).body());
        assertTrue(page.getBoolean("total_exact"), page.toString());
        assertEquals(posted + 1, page.getJsonNumber("total").longValue(), "the lines and the opening balance: " + page);
        assertTrue(page.getBoolean("has_next"), page.toString());
    }

    /**
     * The consent reminders with the days moved (the consent's date set 15, 3 and 1 days from today): one chatter
     * message and one mail each, however often the job runs, two runs at once included; a reconnect before the
     * expiry keeps the link connected and syncing, with a new date and no reminder due.
     */
    @Test
    void consentRemindersGoOnceEachToTheChatterAndByMailAndARenewalKeepsTheLinkSyncing() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.mail.port"), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            SandboxFlow.Connected link = connect("sandbox_bank", "e7030001", LocalDate.now().minusDays(5).toString());
            awaitRun(fetch(link.linkId()));
            assertEquals("admin", SandboxFlow.link(link.linkId()).getString("renewal_contact"), "the admin who connected it");
            HttpResponse<String> patched = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links/" + link.linkId()))
                    .header("Content-Type", "application/json").header("Authorization", Deployed.basic(Deployed.ADMIN, Deployed.adminPassword()))
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"renewal_contact\": \"owner@example.test\"}")).build());
            assertEquals(200, patched.statusCode(), patched.body());

            int mails = 0;
            for (int daysLeft : new int[] {15, 3, 1}) {
                execute("update online_link set consent_expiring_date = ? where id = ?", Date.valueOf(
                        LocalDate.now().plusDays(daysLeft)), link.linkId());
                sendRemindersTwiceAtOnce();
                sendReminders();
                mails++;
                assertEquals(mails, reminders(link.linkId()), "one chatter message per reminder");
                assertTrue(smtp.waitForIncomingEmail(30_000, mails), "the mail " + mails + " arrived");
                Thread.sleep(1_000);
                assertEquals(mails, smtp.getReceivedMessages().length, "no mail twice");
            }
            MimeMessage last = smtp.getReceivedMessages()[2];
            assertEquals("owner@example.test", last.getAllRecipients()[0].toString());
            assertTrue(last.getSubject().contains(LocalDate.now().plusDays(1).toString()), last.getSubject());
            assertTrue(GreenMailUtil.getBody(last).contains("(in 1 day)"), GreenMailUtil.getBody(last));

            assertEquals(303, SandboxFlow.renew(link.linkId(), "reconnect").statusCode());
            JsonObject renewed = SandboxFlow.link(link.linkId());
            assertEquals("connected", renewed.getString("state"));
            assertTrue(renewed.getBoolean("auto_sync") && !renewed.isNull("next_refresh"), "still syncing on its schedule: " + renewed);
            assertTrue(LocalDate.parse(renewed.getString("consent_expiring_date")).isAfter(LocalDate.now().plusDays(15)),
                    renewed.toString());
            sendReminders();
            assertEquals(3, reminders(link.linkId()), "nothing due for the new date");
            awaitTrue(() -> SandboxFlow.run(number("select max(id) from sync_run where link_id = ?", link.linkId()))
                    .getString("state").equals("done"), "the reconnect's run imports as before");
        } finally {
            smtp.stop();
        }
    }

    /**
     * Key rotation with the two keys of arquillian.xml: tokens sealed with the old key open, and the next run
     * seals them again with the new key, told once in the chatter; tokens sealed with a key not listed put the
     * link in error once, and the scheduler does not run it again.
     */
    @Test
    void tokensOfTheOldKeyAreSealedAgainWithTheNewOneAndAnUnknownKeyStopsTheLinkOnce() throws Exception {
        SandboxFlow.Connected link = connect("sandbox_bank", "e7040001", LocalDate.now().minusDays(5).toString());
        long id = link.linkId();
        awaitRun(fetch(id));
        Secret[] tokens = SandboxFlow.tokens(id);
        List<byte[]> keys = SandboxFlow.serverKeys();
        sealTokens(id, new TokenCipher(keys.get(1)), tokens);

        assertEquals("done", awaitRun(fetch(id)).getString("state"), "the old key opened the tokens");
        TokenCipher newKeyOnly = new TokenCipher(keys.get(0));
        String refresh = (String) Deployed.value("select refresh_token_sealed from online_link where id = ?", id);
        assertTrue(refresh.startsWith("v2:" + TokenCipher.keyId(keys.get(0)) + ":"), "sealed again with the new key");
        assertEquals(tokens[0], newKeyOnly.open(refresh, OnlineLink.refreshTokenPlace(id)).secret());
        assertEquals(tokens[1], newKeyOnly.open((String) Deployed.value("select access_token_sealed from online_link where id = ?", id),
                OnlineLink.accessTokenPlace(id)).secret());
        assertEquals(1, chatter(id, "Key rotation:%"), "the rotation told on the link");
        assertEquals("done", awaitRun(fetch(id)).getString("state"));
        assertEquals(1, chatter(id, "Key rotation:%"), "once");

        byte[] lostKey = new byte[32];
        Arrays.fill(lostKey, (byte) 3);
        sealTokens(id, new TokenCipher(lostKey), tokens);
        long before = runsOf(id);
        execute("update online_link set next_refresh = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), id);
        awaitTrue(() -> runsOf(id) == before + 1 && number("select count(*) from sync_run where link_id = ? and state = 'FAILED'"
                + " and run_trigger = 'TIMER'", id) == 1, "the scheduler's run met the unknown key");
        assertEquals("error", SandboxFlow.link(id).getString("state"));
        assertEquals(1, chatter(id, OnlineLink.SECRET_KEY_CHANGED), "one clear error");
        Thread.sleep(5_000); // two scheduler ticks
        assertEquals(before + 1, runsOf(id), "no retry storm");
        assertEquals(1, chatter(id, OnlineLink.SECRET_KEY_CHANGED));
        assertEquals(null, Deployed.value("select next_refresh from online_link where id = ?", id), "no automatic run planned until a reconnect");
    }

    private static void sealTokens(long linkId, TokenCipher cipher, Secret[] tokens) {
        execute("update online_link set refresh_token_sealed = ?, access_token_sealed = ? where id = ?",
                cipher.seal(tokens[0], OnlineLink.refreshTokenPlace(linkId)), cipher.seal(tokens[1], OnlineLink.accessTokenPlace(linkId)),
                linkId);
    }

    private static long chatter(long linkId, String bodyLike) {
        return number("select count(*) from chatter_message where record_type = 'online_link' and record_id = ? and body like ?",
                linkId, bodyLike);
    }

    private static void sendRemindersTwiceAtOnce() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> calls = List.of(two.submit(UnattendedRunsIT::sendReminders),
                    two.submit(UnattendedRunsIT::sendReminders));
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            two.shutdown();
        }
    }

    private static void sendReminders() {
        HttpResponse<String> r = Deployed.postJson("/api/v1/admin/consent-reminders", "", Deployed.ADMIN, Deployed.adminPassword());
        assertEquals(200, r.statusCode(), r.body());
    }

    private static long reminders(long linkId) {
        return number("select count(*) from chatter_message where record_type = 'online_link' and record_id = ?"
                + " and body like 'Consent expires on %'", linkId);
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
