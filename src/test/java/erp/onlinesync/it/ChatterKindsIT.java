package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of event an auditor must find in a chatter, each done through the API as a person or
 * the proxy would, then read back through the API with who did it and when: connect, update of
 * credentials, reconnect, disconnect, account mapping, setting changes (old and new), a run's
 * counts and statements, an error's code and reference, consent reminders, webhooks, and user and
 * role changes on the module's own chatter. The wizards' deletions and imports are told in
 * {@link JournalWizardsUiIT}, where a person clicks them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatterKindsIT {

    /** The author of what no person did (timers, webhooks, the engine). */
    private static final String SYSTEM = "Online Synchronization";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void aConnectIsToldWithWhoAndWhen() {
        Instant before = Instant.now();
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110001", LocalDate.now().minusDays(10).toString());
        told(link.linkId(), "action", body("Connected to Sandbox Bank by admin."), ADMIN, before);
    }

    @Test
    void anUpdateOfCredentialsAndAReconnectAreToldWithWhoAndWhen() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110002", LocalDate.now().minusDays(10).toString());
        Instant before = Instant.now();
        assertEquals(303, SandboxFlow.renew(link.linkId(), "updateCredentials").statusCode());
        told(link.linkId(), "action", body("Credentials updated by admin."), ADMIN, before);
        before = Instant.now();
        assertEquals(303, SandboxFlow.renew(link.linkId(), "reconnect").statusCode());
        told(link.linkId(), "action", body("Reconnected by admin."), ADMIN, before);
    }

    @Test
    void aDisconnectIsToldWithWhoAndWhen() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110003", LocalDate.now().minusDays(10).toString());
        SandboxFlow.awaitLastRun(link.linkId());
        Instant before = Instant.now();
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links/" + link.linkId()))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).DELETE().build());
        assertEquals(200, r.statusCode(), r.body());
        told(link.linkId(), "action", body("Disconnected by admin"), ADMIN, before);
    }

    @Test
    void anAccountMappedToAnotherJournalIsToldWithWhoAndWhen() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110004", LocalDate.now().minusDays(10).toString());
        SandboxFlow.awaitLastRun(link.linkId());
        long account = SandboxFlow.link(link.linkId()).getJsonArray("accounts").getJsonObject(0).getJsonNumber("id").longValue();
        Instant before = Instant.now();
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-accounts/" + account + "/journal"))
                .header("Content-Type", "application/json").header("Authorization", Deployed.basic(ADMIN, adminPassword()))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"journal_id\": null}")).build());
        assertEquals(200, r.statusCode(), r.body());
        told(link.linkId(), "action", m -> m.getString("body").contains(" mapped to ") && m.getString("body").contains("by admin"),
                ADMIN, before);
    }

    @Test
    void aSettingChangeIsTrackedOldToNewWithWhoAndWhen() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110005", LocalDate.now().minusDays(10).toString());
        Instant before = Instant.now();
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links/" + link.linkId()))
                .header("Content-Type", "application/json").header("Authorization", Deployed.basic(ADMIN, adminPassword()))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"statement_periodicity\": \"week\", \"auto_sync\": false}")).build());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject tracked = told(link.linkId(), "tracking", m -> !m.getJsonArray("tracking").isEmpty(), ADMIN, before);
        assertTrue(tracked.getJsonArray("tracking").stream().map(JsonValue::asJsonObject).anyMatch(c ->
                c.getString("field").equals("statement_periodicity") && c.getString("old").equals("month")
                        && c.getString("new").equals("week")), tracked.toString());
        assertTrue(tracked.getJsonArray("tracking").stream().map(JsonValue::asJsonObject).anyMatch(c ->
                c.getString("field").equals("auto_sync") && c.getString("new").equals("false")), tracked.toString());
    }

    @Test
    void aRunIsToldWithItsCountsItsStatementsWhoAskedAndWhen() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110006", LocalDate.now().minusDays(40).toString());
        SandboxFlow.awaitLastRun(link.linkId());
        Instant before = Instant.now();
        JsonObject run = SandboxFlow.fetchAndWait(link.linkId());
        assertEquals("done", run.getString("state"), run.toString());
        JsonObject told = told(link.linkId(), "run", body("Synchronization done"), ADMIN, before);
        assertTrue(told.getString("body").contains(run.getInt("imported") + " transactions imported, "
                + run.getInt("skipped_duplicates") + " already imported, " + run.getInt("skipped_pending") + " pending kept apart"),
                told.toString());
        JsonObject first = messages(link.linkId()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("kind").equals("run")).findFirst().orElseThrow();
        assertTrue(first.getString("body").contains("statements touched: "), "the connect's run imported 40 days: " + first);
    }

    @Test
    void anErrorIsToldWithItsCodeAndReference() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110007", LocalDate.now().minusDays(10).toString());
        SandboxFlow.awaitLastRun(link.linkId());
        SandboxFlow.control(link.clientId(), "fail", "{\"code\": 200}");
        Instant before = Instant.now();
        assertEquals("failed", SandboxFlow.fetchAndWait(link.linkId()).getString("state"));
        JsonObject error = told(link.linkId(), "error", m -> !m.isNull("error_code") && m.getInt("error_code") == 200, SYSTEM, before);
        assertFalse(error.isNull("error_reference"), error.toString());
        assertFalse(error.getString("body").isBlank(), error.toString());
    }

    @Test
    void aConsentReminderIsToldWithWhenItWasSent() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110008", LocalDate.now().minusDays(10).toString());
        Deployed.execute("update online_link set consent_expiring_date = ? where id = ?", Date.valueOf(LocalDate.now().plusDays(3)),
                link.linkId());
        Instant before = Instant.now();
        assertEquals(200, Deployed.postJson("/api/v1/admin/consent-reminders", "", ADMIN, adminPassword()).statusCode());
        told(link.linkId(), "note", body("Consent expires on " + LocalDate.now().plusDays(3) + " (in 3 days)"), SYSTEM, before);
    }

    @Test
    void aWebhookReceivedIsToldWithWhenItCame() throws Exception {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "ca110009", LocalDate.now().minusDays(10).toString());
        SandboxFlow.awaitLastRun(link.linkId());
        Instant before = Instant.now();
        assertEquals(204, SandboxFlow.webhook(link, "{\"client_id\":\"" + link.clientId()
                + "\",\"event\":\"transactions_available\",\"data\":{}}", 0).statusCode());
        told(link.linkId(), "webhook", body("The proxy says new transactions are available."), SYSTEM, before);
    }

    @Test
    void userAndRoleChangesAreToldOnTheModulesChatterWithWhoAndWhen() {
        Instant before = Instant.now();
        UiSteps.createUser("kinds-user", "kinds-password-1", "auditor");
        toldOnModule(body("admin created the user kinds-user with the roles [auditor]"), before);
        before = Instant.now();
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/users/kinds-user"))
                .header("Content-Type", "application/json").header("Authorization", Deployed.basic(ADMIN, adminPassword()))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"active\": false}")).build());
        assertEquals(200, r.statusCode(), r.body());
        toldOnModule(m -> m.getString("body").contains("kinds-user"), before);
        assertTrue(Deployed.get("/api/v1/module/messages/verify", ADMIN, adminPassword()).body().contains("\"ok\":true"),
                "the module's chain verifies");
    }

    private static Predicate<JsonObject> body(String part) {
        return m -> m.getString("body").contains(part);
    }

    /** @return the link's message of that kind written since {@code before} that matches, checked for author and time */
    private static JsonObject told(long linkId, String kind, Predicate<JsonObject> matches, String author, Instant before) {
        return whoAndWhen(messages(linkId), kind, matches, author, before);
    }

    private static void toldOnModule(Predicate<JsonObject> matches, Instant before) {
        JsonArray all = (JsonArray) Deployed.json(Deployed.get("/api/v1/module/messages?limit=1000", ADMIN, adminPassword()).body());
        whoAndWhen(all, "action", matches, ADMIN, before);
    }

    private static JsonObject whoAndWhen(JsonArray messages, String kind, Predicate<JsonObject> matches, String author,
            Instant before) {
        JsonObject found = messages.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("kind").equals(kind) && matches.test(m)
                        && !Instant.parse(m.getString("created_at")).isBefore(before.minusSeconds(1)))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + kind + " message as expected in " + messages));
        assertEquals(author, found.getString("author"), found.toString());
        Instant at = Instant.parse(found.getString("created_at"));
        assertFalse(at.isAfter(Instant.now().plus(Duration.ofSeconds(1))), "written when it happened: " + found);
        return found;
    }

    private static JsonArray messages(long linkId) {
        return (JsonArray) Deployed.json(Deployed.get("/api/v1/online-links/" + linkId + "/messages?limit=1000", ADMIN,
                adminPassword()).body());
    }
}
