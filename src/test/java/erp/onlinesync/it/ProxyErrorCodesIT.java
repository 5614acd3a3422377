package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static erp.onlinesync.it.SandboxFlow.awaitRun;
import static erp.onlinesync.it.SandboxFlow.connect;
import static erp.onlinesync.it.SandboxFlow.control;
import static erp.onlinesync.it.SandboxFlow.fetch;
import static erp.onlinesync.it.SandboxFlow.fetchAndWait;
import static erp.onlinesync.it.SandboxFlow.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each error code of the proxy contract (section 6) with its effect on the run, the link and the
 * chatter; the webhook's signature checks; Find Missing; and bad input to the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProxyErrorCodesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    private static SandboxFlow.Connected syncedLink(String institution, String seed) {
        SandboxFlow.Connected link = connect(institution, seed, LocalDate.now().minusDays(20).toString());
        awaitRun(fetch(link.linkId()));
        return link;
    }

    @Test
    void code100BadSignatureFailsTheRunAndPutsTheLinkInErrorWithTheReference() throws Exception {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "e1000001");
        control(link.clientId(), "fail", "{\"code\": 100}");
        JsonObject run = fetchAndWait(link.linkId());
        assertEquals("failed", run.getString("state"));
        assertEquals(100, run.getInt("error_code"));
        assertTrue(run.getString("error_reference").startsWith("SBX-"));
        assertEquals("error", link(link.linkId()).getString("state"));
        assertTrue(lastError(link.linkId()).contains(run.getString("error_reference")), "the chatter quotes the reference");
        assertEquals("done", fetchAndWait(link.linkId()).getString("state"), "the next run goes through");
        assertEquals("connected", link(link.linkId()).getString("state"));
    }

    @Test
    void code101RenewsTheAccessTokenAndRetries() {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "e1010001");
        control(link.clientId(), "expire-access-token", null);
        assertEquals("done", fetchAndWait(link.linkId()).getString("state"));
        assertEquals("connected", link(link.linkId()).getString("state"));
    }

    @Test
    void code102DisconnectsAndOnlyAReconnectBringsTheLinkBack() throws Exception {
        SandboxFlow.Connected link = connect("expired_consent_bank", "e1020001", null);
        // The consent ends right after the first full sync: whichever run asks next meets 102.
        for (int i = 0; i < 3 && !link(link.linkId()).getString("state").equals("disconnected"); i++) {
            fetchAndWait(link.linkId());
        }
        assertEquals("disconnected", link(link.linkId()).getString("state"));
        assertEquals(102, lastErrorCode(link.linkId()));
        HttpResponse<String> refused = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links/" + link.linkId() + "/fetch"))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("link-disconnected"));
        assertEquals(303, SandboxFlow.renew(link.linkId(), "reconnect").statusCode());
        assertEquals("connected", link(link.linkId()).getString("state"));
    }

    @Test
    void code104LinkDeletedOnTheProxyDisconnects() {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "e1040001");
        String control = "/sandbox/control/links/" + link.clientId();
        assertEquals(401, Deployed.send(HttpRequest.newBuilder(Deployed.uri(control)).DELETE().build()).statusCode(),
                "anyone who knows a client id could revoke its link");
        UiSteps.createUser("control-auditor", "auditor-password-1", "auditor");
        assertEquals(403, Deployed.send(HttpRequest.newBuilder(Deployed.uri(control)).header("Authorization",
                Deployed.basic("control-auditor", "auditor-password-1")).DELETE().build()).statusCode(), "only a sync-admin");
        HttpResponse<String> deleted = Deployed.send(HttpRequest.newBuilder(Deployed.uri(control))
                .header("Authorization", SandboxFlow.admin()).DELETE().build());
        assertEquals(200, deleted.statusCode());
        JsonObject run = fetchAndWait(link.linkId());
        assertEquals("failed", run.getString("state"));
        assertEquals(104, run.getInt("error_code"));
        assertEquals("disconnected", link(link.linkId()).getString("state"));
    }

    @Test
    void code200ProviderDownIsAnErrorRetriedLater() throws Exception {
        SandboxFlow.Connected link = connect("down_bank", "e2000001", null);
        JsonObject run = awaitRun(fetch(link.linkId()));
        assertEquals("failed", run.getString("state"));
        assertEquals(200, run.getInt("error_code"));
        assertEquals("error", link(link.linkId()).getString("state"));
        assertTrue(lastError(link.linkId()).contains("next scheduled run"));
    }

    @Test
    void code201SwitchesAutoSyncOffAndKeepsManualFetch() throws Exception {
        SandboxFlow.Connected link = syncedLink("manual_bank", "e2010001");
        assertFalse(link(link.linkId()).getBoolean("auto_sync"), "the institution forbids it from the start");
        setAutoSync(link.linkId(), true);
        assertEquals(204, SandboxFlow.webhook(link, "{\"client_id\":\"" + link.clientId()
                + "\",\"event\":\"transactions_available\",\"data\":{}}", 0).statusCode());
        long deadline = System.currentTimeMillis() + 30_000;
        while (link(link.linkId()).getBoolean("auto_sync") && System.currentTimeMillis() < deadline) {
            SandboxFlow.sleep(300);
        }
        assertFalse(link(link.linkId()).getBoolean("auto_sync"), "the webhook's unattended run met 201: auto-sync off");
        assertEquals(201, lastErrorCode(link.linkId()));
        assertEquals("done", fetchAndWait(link.linkId()).getString("state"), "a person may still fetch");
    }

    @Test
    void code202QuotaPausesTheRunAndNoSecondRunStarts() {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "e2020001");
        control(link.clientId(), "fail", "{\"code\": 202}");
        long runId = fetch(link.linkId());
        JsonObject run = awaitRun(runId);
        assertEquals("waiting", run.getString("state"));
        assertEquals(202, run.getInt("error_code"));
        assertTrue(Instant.parse(run.getString("resume_at")).isAfter(Instant.now().plusSeconds(3000)));
        assertEquals("connected", link(link.linkId()).getString("state"), "the state is kept");
        assertEquals(runId, fetch(link.linkId()), "a fetch answers the waiting run, never a second one");
    }

    @Test
    void code300AsksForTheButtonTheBankWantsAndTheFlowFixesIt() throws Exception {
        SandboxFlow.Connected link = connect("action_bank", "e3000001", null);
        JsonObject run = awaitRun(fetch(link.linkId()));
        assertEquals("failed", run.getString("state"));
        assertEquals(300, run.getInt("error_code"));
        assertEquals("error", link(link.linkId()).getString("state"));
        assertEquals("UPDATE_CREDENTIALS", problemAction(link.linkId()), "the button to offer is kept on the link");
        assertEquals(303, SandboxFlow.renew(link.linkId(), "updateCredentials").statusCode());
        assertEquals("done", fetchAndWait(link.linkId()).getString("state"));
    }

    @Test
    void theProviderStillGatheringDataPausesTheRunAndATimerResumesIt() {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "e0f00001");
        control(link.clientId(), "currently-fetching", "{\"calls\": 1}");
        long runId = fetch(link.linkId());
        JsonObject first = awaitRun(runId);
        assertEquals("waiting", first.getString("state"));
        assertNotNull(first.get("resume_at"));
        long deadline = System.currentTimeMillis() + 30_000;
        JsonObject run = first;
        while (run.getString("state").equals("waiting") && System.currentTimeMillis() < deadline) {
            SandboxFlow.sleep(500);
            run = awaitRun(runId);
        }
        assertEquals("done", run.getString("state"), "resumed by the scheduler");
    }

    @Test
    void theSandboxRefusesAWrongSignatureWithCode100() throws Exception {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "51a00001");
        Secret[] tokens = SandboxFlow.tokens(link.linkId());
        String body = "{\"data\":{},\"utils\":{}}";
        long now = Instant.now().getEpochSecond();
        String good = ProxySignature.sign(now, "/proxy/v1/connection_status", link.clientId(), tokens[1], tokens[0], body);
        String wrong = (good.charAt(0) == '0' ? "1" : "0") + good.substring(1);
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/sandbox/proxy/v1/connection_status"))
                .header("Content-Type", "application/json").header(ProxySignature.CLIENT_ID, link.clientId())
                .header(ProxySignature.ACCESS_TOKEN, tokens[1].reveal()).header(ProxySignature.TIMESTAMP, String.valueOf(now))
                .header(ProxySignature.SIGNATURE, wrong).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(100, ((JsonObject) Deployed.json(r.body())).getJsonObject("error").getInt("code"), r.body());
    }

    @Test
    void theWebhookRefusesForgedStaleReplayedAndOversizedCallsAndUnknownLinks() throws Exception {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "eeeb0001");
        String body = "{\"client_id\":\"" + link.clientId() + "\",\"event\":\"consent_expiring_date_updated\","
                + "\"data\":{\"consent_expiring_date\":\"2027-05-01\"}}";
        assertEquals(401, SandboxFlow.webhookWith(link, body, Instant.now().getEpochSecond(), "0".repeat(64)).statusCode(), "forged");
        assertEquals(401, SandboxFlow.webhook(link, body, -600).statusCode(), "stale");
        long now = Instant.now().getEpochSecond();
        Secret[] tokens = SandboxFlow.tokens(link.linkId());
        String signature = ProxySignature.sign(now, "/api/v1/online-sync/webhook", link.clientId(), tokens[1], tokens[0], body);
        assertEquals(204, SandboxFlow.webhookWith(link, body, now, signature).statusCode());
        assertEquals("2027-05-01", link(link.linkId()).getString("consent_expiring_date"));
        assertEquals(401, SandboxFlow.webhookWith(link, body, now, signature).statusCode(), "replayed");
        SandboxFlow.Connected unknown = new SandboxFlow.Connected(link.linkId(), "sbx.unknown");
        assertEquals(401, SandboxFlow.webhookWith(unknown, body.replace(link.clientId(), "sbx.unknown"), now, signature).statusCode(),
                "an unknown client gets the forged call's answer: nobody can probe which client ids exist");
        String huge = body.replace("}}", "},\"padding\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(413, SandboxFlow.webhook(link, huge, 0).statusCode(), "a body over the cap is refused before parsing");
    }

    @Test
    void findMissingListsWhatTheJournalLacksAndImportsIt() throws Exception {
        SandboxFlow.Connected link = syncedLink("sandbox_bank", "a1551001");
        long journalId = journalOf(link.linkId());
        String from = LocalDate.now().minusDays(20).toString();
        List<String> removed;
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                "select online_transaction_identifier from statement_line where journal_id = ? and online_transaction_identifier"
                        + " not like 'opening%' order by date desc, id desc")) {
            ps.setLong(1, journalId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                removed = List.of(rs.getString(1));
            }
            try (PreparedStatement del = c.prepareStatement("delete from statement_line where online_transaction_identifier = ? and journal_id = ?")) {
                del.setString(1, removed.get(0));
                del.setLong(2, journalId);
                assertEquals(1, del.executeUpdate());
            }
        }
        HttpResponse<String> missing = Deployed.postJson("/api/v1/journals/" + journalId + "/missing",
                "{\"from_date\":\"" + from + "\"}", ADMIN, adminPassword());
        assertEquals(200, missing.statusCode(), missing.body());
        JsonArray list = (JsonArray) Deployed.json(missing.body());
        assertEquals(1, list.size(), missing.body());
        assertEquals(removed.get(0), list.getJsonObject(0).getString("online_transaction_identifier"));
        assertEquals(400, Deployed.postJson("/api/v1/journals/" + journalId + "/missing", "{\"from_date\":\"soon\"}",
                ADMIN, adminPassword()).statusCode());
        assertEquals(404, Deployed.postJson("/api/v1/journals/987654/missing", "{\"from_date\":\"" + from + "\"}",
                ADMIN, adminPassword()).statusCode());
    }

    @Test
    void badInputToTheEngineGetsAClearErrorAndCreatesNothing() throws Exception {
        long linksBefore = count("online_link");
        assertEquals(404, Deployed.get("/api/v1/sync-runs/987654321", ADMIN, adminPassword()).statusCode());
        assertEquals(404, Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links/987654/fetch"))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(400, Deployed.postJson("/api/v1/online-links/connect", "{\"mode\":\"link\"}", ADMIN, adminPassword()).statusCode(),
                "an institution is needed");
        assertEquals(400, Deployed.postJson("/api/v1/online-links/connect", "{\"institution_id\":\"sandbox_bank\",\"start_date\":\"31/12/2026\"}",
                ADMIN, adminPassword()).statusCode(), "a bad date");
        assertEquals(400, Deployed.postJson("/api/v1/online-links/connect", "{\"institution_id\":\"sandbox_bank\",\"mode\":\"teleport\"}",
                ADMIN, adminPassword()).statusCode(), "an unknown mode");
        HttpResponse<String> forged = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/online-sync/callback?state=forged&exchange_token=x"))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).GET().build());
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("unknown"), forged.body());

        HttpResponse<String> asked = Deployed.postJson("/api/v1/online-links/connect", "{\"institution_id\":\"sandbox_bank\"}", ADMIN, adminPassword());
        URI page = URI.create(((JsonObject) Deployed.json(asked.body())).getString("redirect_url"));
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>(SandboxFlow.query(page));
        form.put("username", "u");
        form.put("password", "p");
        form.put("action", "refuse");
        URI refusedCallback = SandboxFlow.consent(page, form);
        HttpResponse<String> refused = Deployed.send(HttpRequest.newBuilder(refusedCallback)
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).GET().build());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("not made"), refused.body());
        HttpResponse<String> reused = Deployed.send(HttpRequest.newBuilder(refusedCallback)
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).GET().build());
        assertTrue(reused.body().contains("already used"), "a state is used once");
        assertEquals(linksBefore, count("online_link"), "nothing was created");
    }

    private static String lastError(long linkId) {
        return (String) Deployed.value("select concat(body, ' ', error_reference) from chatter_message"
                + " where record_type = 'online_link' and record_id = ? and kind = 'ERROR' order by id desc", linkId);
    }

    private static String problemAction(long linkId) {
        return (String) Deployed.value("select problem_action from online_link where id = ?", linkId);
    }

    private static int lastErrorCode(long linkId) {
        return (int) Deployed.number("select error_code from chatter_message"
                + " where record_type = 'online_link' and record_id = ? and kind = 'ERROR' order by id desc", linkId);
    }

    private static long journalOf(long linkId) throws SQLException {
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                "select journal_id from online_account where link_id = ? and journal_id is not null order by id")) {
            ps.setLong(1, linkId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void setAutoSync(long linkId, boolean on) {
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links/" + linkId))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"auto_sync\":" + on + "}")).build());
        assertEquals(200, r.statusCode(), r.body());
    }

    private static long count(String table) throws SQLException {
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement("select count(*) from " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
