package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static erp.onlinesync.it.Deployed.get;
import static erp.onlinesync.it.Deployed.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed WAR's foundation on the database of this run (H2 or PostgreSQL): readiness, the
 * schema the migrations create, the duplicate guard of the database, who may call the API, and the
 * bootstrap admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT {

    private static final List<String> TABLES = List.of("company", "module_user", "module_user_role",
            "role_implication", "journal", "online_link", "online_account", "bank_statement", "statement_line",
            "sync_run", "chatter_message", "chatter_tracking", "chatter_head");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void readinessIsUpOnceMigrated() {
        HttpResponse<String> ready = Deployed.send(HttpRequest.newBuilder(
                java.net.URI.create(Deployed.origin() + "/health/ready")).GET().build());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void migrationsCreateTheSchema() throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection c = Deployed.database(); ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                found.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertTrue(found.containsAll(TABLES), "missing tables in " + found);
        assertTrue(found.contains("flyway_schema_history"), "Flyway ran");
    }

    @Test
    void databaseRefusesASecondLineWithTheSameOnlineIdOnTheSameAccount() throws SQLException {
        try (Connection c = Deployed.database(); Statement s = c.createStatement()) {
            long link = 900_000 + (System.nanoTime() % 1000);
            s.executeUpdate("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, version)"
                    + " values (" + link + ", 1, 'IT link', 'CONNECTED', true, 'MONTH', 0)");
            s.executeUpdate("insert into online_account (id, link_id, online_identifier, currency_code, fetching_status, journal_id, version)"
                    + " values (" + link + ", " + link + ", 'acc-1', 'EUR', 'IDLE', 1, 0)");
            s.executeUpdate("insert into online_account (id, link_id, online_identifier, currency_code, fetching_status, journal_id, version)"
                    + " values (" + (link + 1) + ", " + link + ", 'acc-2', 'EUR', 'IDLE', 1, 0)");
            String insert = "insert into statement_line (id, journal_id, date, amount, currency_code, reconciled,"
                    + " online_transaction_identifier, online_account_id, online_link_id, version)"
                    + " values (?, 1, date '2026-11-02', 12.50, 'EUR', false, 'tx-1', ?, ?, 0)";
            try (PreparedStatement p = c.prepareStatement(insert)) {
                p.setLong(1, link);
                p.setLong(2, link);
                p.setLong(3, link);
                assertEquals(1, p.executeUpdate());
                p.setLong(1, link + 1);
                assertThrows(SQLException.class, p::executeUpdate, "same id on the same account");
                p.setLong(2, link + 1);
                assertEquals(1, p.executeUpdate(), "the same id on another account is another transaction");
            }
        }
    }

    @Test
    void guessingAPasswordLocksTheNameForEveryoneAndTellsTheAuditors() {
        UiSteps.createUser("throttled-user", "the-right-password-1", "auditor");
        String messages = "/api/v1/online-links/1/messages";
        assertTrue(get(messages, "throttled-user", "the-right-password-1").statusCode() != 401, "the password works at first");
        for (int i = 0; i < 10; i++) {
            assertEquals(401, get(messages, "throttled-user", "guess-" + i).statusCode());
        }
        assertEquals(401, get(messages, "throttled-user", "the-right-password-1").statusCode(),
                "locked: even the right password is refused without being checked");
        assertEquals(1, Deployed.number("select count(*) from chatter_message where record_type = 'module'"
                + " and body like '%throttled-user is locked for 15 minutes after 10 failed sign-ins%'"));
        assertEquals(200, get("/api/v1/online-links", ADMIN, adminPassword()).statusCode(), "another user signs in");
    }

    @Test
    void aHashMadeWithTheOldIterationsStillSignsInAndIsReplacedByAStrongerOne() throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec("an-old-password-1".toCharArray(), salt, 210_000, 256)).getEncoded();
        var b64 = java.util.Base64.getEncoder();
        String old = "PBKDF2WithHmacSHA256:210000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        Deployed.execute("insert into module_user (user_name, password_hash, active, created_at) values ('old-hash-user', ?, true, ?)",
                old, java.sql.Timestamp.from(java.time.Instant.now()));
        Deployed.execute("insert into module_user_role (user_name, role_name) values ('old-hash-user', 'AUDITOR')");
        assertTrue(get("/api/v1/online-links/1/messages", "old-hash-user", "an-old-password-1").statusCode() != 401);
        String now = (String) Deployed.value("select password_hash from module_user where user_name = 'old-hash-user'");
        assertTrue(now.startsWith("PBKDF2WithHmacSHA256:600000:"), "rehashed at sign-in: " + now.substring(0, 30));
    }

    @Test
    void anonymousApiCallsGet401AndABrowsersFetchNoBasicPrompt() throws Exception {
        HttpResponse<String> r = get("/api/v1/online-links", null, null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "a script is told to use Basic");
        HttpResponse<String> fromPage = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links"))
                .header("Sec-Fetch-Mode", "cors").GET().build());
        assertEquals(401, fromPage.statusCode());
        String challenge = fromPage.headers().firstValue("WWW-Authenticate").orElse("");
        assertFalse(challenge.regionMatches(true, 0, "Basic", 0, 5), "no browser prompt for a page's call: " + challenge);
    }

    @Test
    void signingInGivesTheSessionANewIdAndTheOldOneOpensNothing() {
        FormSession session = new FormSession();
        session.get("/login.xhtml");
        String before = session.sessionId();
        assertNotNull(before, "the login page opened a session");
        session.signIn(ADMIN, adminPassword());
        String after = session.sessionId();
        assertNotEquals(before, after, "a session id known before the sign-in is worth nothing after it");
        assertEquals(200, session.get("/api/v1/journals").statusCode());
        assertEquals(401, Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/journals"))
                .header("Cookie", "JSESSIONID=" + before).GET().build()).statusCode(), "the old id is not signed in");
    }

    /** An admin resets a password, deactivates and reactivates a user; the user changes their own: each in the module's chatter. */
    @Test
    void anAdminManagesAUserAndTheUserChangesTheirPasswordEachToldInTheModulesChatter() {
        UiSteps.createUser("managed-user", "managed-password-1", "auditor");
        String messages = "/api/v1/online-links/1/messages";
        HttpResponse<String> reset = patchUser("managed-user", "{\"password\": \"reset-password-22\"}");
        assertEquals(200, reset.statusCode(), reset.body());
        assertTrue(reset.body().contains("\"password_change_required\":true"), reset.body());
        assertFalse(reset.body().contains("reset-password-22"), "no password is sent back");
        assertEquals(401, get(messages, "managed-user", "managed-password-1").statusCode(), "the old password is gone");

        HttpResponse<String> wrong = postJson("/api/v1/me/password", "{\"current_password\": \"managed-password-1\","
                + " \"new_password\": \"my-own-password-3\"}", "managed-user", "reset-password-22");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("current_password"), wrong.body());
        assertEquals(204, postJson("/api/v1/me/password", "{\"current_password\": \"reset-password-22\","
                + " \"new_password\": \"my-own-password-3\"}", "managed-user", "reset-password-22").statusCode());
        assertTrue(get(messages, "managed-user", "my-own-password-3").statusCode() != 401);

        assertTrue(patchUser("managed-user", "{\"active\": false}").body().contains("\"active\":false"));
        assertEquals(401, get(messages, "managed-user", "my-own-password-3").statusCode(), "a deactivated user signs in no more");
        assertEquals(200, patchUser("managed-user", "{\"active\": true}").statusCode());
        assertTrue(get(messages, "managed-user", "my-own-password-3").statusCode() != 401, "reactivated");
        assertEquals(409, patchUser(ADMIN, "{\"active\": false}").statusCode(), "an admin does not lock themselves out");
        assertEquals(404, patchUser("nobody-at-all", "{\"active\": false}").statusCode());
        assertEquals(400, patchUser("managed-user", "{\"activ\": false}").statusCode(), "an unknown field");
        HttpResponse<String> misspelt = postJson("/api/v1/users", "{\"name\": \"never-made\", \"password\": \"a-long-password-9\","
                + " \"rolez\": [\"auditor\"]}", ADMIN, adminPassword());
        assertEquals(400, misspelt.statusCode());
        assertTrue(misspelt.body().contains("rolez"), "the unknown field is named: " + misspelt.body());
        assertEquals(400, postJson("/api/v1/users", "{\"name\": \"never-made\", \"password\": \"a-long-password-9\","
                + " \"roles\": \"auditor\"}", ADMIN, adminPassword()).statusCode(), "roles must be an array");
        assertEquals(0, Deployed.number("select count(*) from module_user where user_name = 'never-made'"));

        for (String told : List.of("admin created the user managed-user with the roles [auditor] in the companies [1]",
                "admin reset the password of managed-user; it must be changed at the next sign-in", "managed-user changed their password",
                "admin deactivated the user managed-user: no sign-in from now on", "admin reactivated the user managed-user")) {
            assertEquals(1, Deployed.number("select count(*) from chatter_message where record_type = 'module' and body = ?", told), told);
        }
        assertEquals(0, Deployed.number("select count(*) from chatter_message where body like '%password-22%' or body like '%password-3%'"),
                "no password in the chatter");
    }

    private static HttpResponse<String> patchUser(String name, String json) {
        return Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/users/" + name)).header("Content-Type", "application/json")
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A password an admin or the log gave: every page leads to choosing one's own first, told in the module's chatter. */
    @Test
    void aUserWhosePasswordSomeoneElseChoseChoosesTheirOwnBeforeAnyPage() {
        UiSteps.createUser("reset-user", "reset-password-1", "auditor");
        Deployed.execute("update module_user set password_change_required = true where user_name = 'reset-user'");
        FormSession session = new FormSession();
        HttpResponse<String> first = session.signIn("reset-user", "reset-password-1");
        assertTrue(first.uri().getPath().endsWith("/change-password.xhtml"), first.uri().toString());
        assertTrue(session.get("/online-links.xhtml").uri().getPath().endsWith("/change-password.xhtml"), "every page leads there");
        HttpResponse<String> refused = session.submit(first, "password", Map.of("password:current", "not-the-password",
                "password:next", "a-new-password-1", "password:repeated", "a-new-password-1", "password:submit", ""));
        assertTrue(refused.body().contains("The current password is wrong."), refused.body());
        HttpResponse<String> changed = session.submit(refused, "password", Map.of("password:current", "reset-password-1",
                "password:next", "a-new-password-1", "password:repeated", "a-new-password-1", "password:submit", ""));
        assertTrue(changed.uri().getPath().endsWith("/index.xhtml"), changed.uri().toString());
        assertTrue(changed.body().contains("Your password was changed."));
        assertFalse(changed.body().contains("a-new-password-1"), "no password is rendered back");
        assertEquals(1, Deployed.number("select count(*) from chatter_message where record_type = 'module'"
                + " and author = 'reset-user' and body = 'reset-user changed their password'"));
        assertEquals(401, get("/api/v1/online-links/1/messages", "reset-user", "reset-password-1").statusCode(), "the old one is gone");
        assertTrue(get("/api/v1/online-links/1/messages", "reset-user", "a-new-password-1").statusCode() != 401);
    }

    /**
     * A wrong password costs the same for a name that exists and one that does not (the identity store
     * hashes only for a known name): the fastest of interleaved tries within 20 % (the fastest, as the
     * load of a shared machine only adds time). Each known try uses another user, so that no throttle
     * wait shortens it.
     */
    @Test
    void anUnknownNameTakesAsLongAsAKnownOne() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UiSteps.createUser("timed-user-" + i, "timed-password-" + i + "-ok", "auditor");
        }
        get("/api/v1/online-links", "nobody-warm-up", "x"); // the decoy hash is made at the first unknown name
        for (int i = 0; i < 10; i++) {
            known.add(timed("timed-user-" + i, "wrong-password"));
            unknown.add(timed("nobody-" + i + "-" + System.nanoTime(), "wrong-password"));
        }
        double ratio = (double) Collections.min(unknown) / Collections.min(known);
        assertTrue(ratio > 0.8 && ratio < 1.25, "unknown " + unknown + " ms, known " + known + " ms");
    }

    private static long timed(String user, String password) {
        long started = System.nanoTime();
        assertEquals(401, get("/api/v1/online-links", user, password).statusCode());
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void bootstrapAdminCallsTheApi() {
        HttpResponse<String> r = get("/api/v1/online-links", ADMIN, adminPassword());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Deployed.json(r.body()) instanceof JsonArray);
        assertEquals(401, get("/api/v1/online-links", ADMIN, "not-the-password").statusCode());
    }

    @Test
    void aUserWithoutRoleGets403AndTheNoAccessPageAndAnAuditorCannotReadLinks() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = postJson("/api/v1/users",
                "{\"name\":\"" + nobody + "\",\"password\":\"a-long-password-1\",\"roles\":[]}", ADMIN, adminPassword());
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains("a-long-password-1"), "the password is not echoed");

        HttpResponse<String> forbidden = get("/api/v1/online-links", nobody, "a-long-password-1");
        assertEquals(403, forbidden.statusCode());
        JsonObject error = ((JsonObject) Deployed.json(forbidden.body())).getJsonObject("error");
        assertEquals("forbidden", error.getString("code"));
        FormSession pages = new FormSession();
        HttpResponse<String> dashboard = pages.signIn(nobody, "a-long-password-1");
        for (HttpResponse<String> page : List.of(dashboard, pages.get("/journal-lines.xhtml?id=1"), pages.get("/online-links.xhtml"))) {
            assertEquals(403, page.statusCode(), page.uri().toString());
            assertTrue(page.body().contains("you have no role in Online Synchronization"), page.uri() + ": the no-access page");
            assertFalse(page.body().contains("BNK1"), page.uri() + ": no journal, balance or account number");
        }
        assertEquals(200, get("/jakarta.faces.resource/css/onlinesync.css.xhtml", nobody, "a-long-password-1").statusCode(),
                "the no-access page's style sheet");

        String auditor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, postJson("/api/v1/users", "{\"name\":\"" + auditor
                + "\",\"password\":\"a-long-password-2\",\"roles\":[\"auditor\"]}", ADMIN, adminPassword()).statusCode());
        assertEquals(403, get("/api/v1/online-links", auditor, "a-long-password-2").statusCode(),
                "reading links needs accountant");
        assertEquals(403, postJson("/api/v1/users", "{\"name\":\"x1\",\"password\":\"a-long-password-3\",\"roles\":[]}",
                auditor, "a-long-password-2").statusCode(), "only sync-admin manages users");
    }

    @Test
    void badInputGetsAJsonErrorAndChangesNothing() {
        HttpResponse<String> shortPassword = postJson("/api/v1/users",
                "{\"name\":\"short-pw\",\"password\":\"short\",\"roles\":[]}", ADMIN, adminPassword());
        assertEquals(400, shortPassword.statusCode());
        assertEquals("invalid-field", ((JsonObject) Deployed.json(shortPassword.body())).getJsonObject("error").getString("code"));
        HttpResponse<String> badRole = postJson("/api/v1/users",
                "{\"name\":\"bad-role\",\"password\":\"a-long-password-4\",\"roles\":[\"root\"]}", ADMIN, adminPassword());
        assertEquals(400, badRole.statusCode());
        HttpResponse<String> notJson = postJson("/api/v1/users", "{not json", ADMIN, adminPassword());
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(notJson.body().startsWith("{\"error\""), notJson.body());
        HttpResponse<String> users = get("/api/v1/users", ADMIN, adminPassword());
        assertFalse(users.body().contains("short-pw") || users.body().contains("bad-role"), users.body());
        HttpResponse<String> unknown = get("/api/v1/online-links/987654321", ADMIN, adminPassword());
        assertEquals(404, unknown.statusCode());
        assertEquals("not-found", ((JsonObject) Deployed.json(unknown.body())).getJsonObject("error").getString("code"));
    }

    @Test
    void pagesNeedASignedInUserAndTheLoginPageRenders() {
        HttpResponse<String> home = get("/index.xhtml", null, null);
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        HttpResponse<String> login = get("/login.xhtml", null, null);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("login:password"), "the login form is there");
    }

    @Test
    void adminSignsInThroughTheFormAndReachesTheDashboard() {
        FormSession session = new FormSession();
        HttpResponse<String> dashboard = session.signIn(ADMIN, adminPassword());
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Accounting Dashboard"), "dashboard shown");
        assertTrue(dashboard.body().contains("BNK1"), "the seeded bank journal is listed");
        assertEquals(200, session.get("/api/v1/journals").statusCode(), "the session also opens the API");

        HttpResponse<String> wrong = new FormSession().signIn(ADMIN, "wrong-password");
        assertTrue(wrong.body().contains("Wrong user name or password"), "a clear message");
    }

    @Test
    void aCrossSiteFormPostWithTheSessionCookieIsRefusedAndStartsNoRun() {
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", "c5f00001", null);
        SandboxFlow.awaitRun(Deployed.number("select max(id) from sync_run where link_id = ?", link.linkId()));
        long runs = Deployed.number("select count(*) from sync_run where link_id = ?", link.linkId());
        FormSession session = new FormSession();
        session.signIn(ADMIN, adminPassword());
        String fetch = "/api/v1/online-links/" + link.linkId() + "/fetch";

        HttpResponse<String> forged = session.post(fetch, "Origin", "https://evil.example", "Content-Type",
                "application/x-www-form-urlencoded");
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("csrf", ((JsonObject) Deployed.json(forged.body())).getJsonObject("error").getString("code"));
        assertEquals(runs, Deployed.number("select count(*) from sync_run where link_id = ?", link.linkId()), "no run started");

        HttpResponse<String> asked = session.post(fetch, "X-Requested-By", "it");
        assertEquals(202, asked.statusCode(), asked.body());
        SandboxFlow.awaitRun(Deployed.number("select max(id) from sync_run where link_id = ?", link.linkId()));
        assertEquals(runs + 1, Deployed.number("select count(*) from sync_run where link_id = ?", link.linkId()));
    }

    @Test
    void theNeutralizeCommandIsServedToAdminsAndWantsItsConfirmation() {
        long disconnected = Deployed.number("select count(*) from online_link where state = 'DISCONNECTED'");
        HttpResponse<String> unconfirmed = postJson("/api/v1/admin/neutralize", "{\"confirm\": \"yes\"}", ADMIN, adminPassword());
        assertEquals(400, unconfirmed.statusCode(), unconfirmed.body());
        assertTrue(unconfirmed.body().contains("invalid-field"), unconfirmed.body());
        assertEquals(disconnected, Deployed.number("select count(*) from online_link where state = 'DISCONNECTED'"),
                "nothing neutralized");
    }
}
