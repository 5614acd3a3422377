package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static erp.onlinesync.it.SandboxFlow.awaitRun;
import static erp.onlinesync.it.SandboxFlow.fetchAndWait;
import static erp.onlinesync.it.SandboxFlow.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.infrastructure.persistence.journal.JdbcStatementLineStore;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A direct MyPonto link against the fake Ponto Connect the WAR ships ({@code /sandbox/ponto}): POST
 * /online-links/ponto maps the accounts and starts the first fetch of the last 100 transactions, a later run
 * after a synchronization brings only newer ones, pending ones stay apart, a revoked integration disconnects
 * the link with "reconnect in MyPonto" in the chatter, Replace on the link's page connects it again with the new
 * secret, and neither secret is anywhere to be read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PontoDirectIT {

    private static final int MAX_PAUSES = 60;
    private static final long PAUSE_MILLIS = 500;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    @Test
    void aDirectMyPontoLinkImportsTheLastHundredThenOnlyNewerOnesAndARevocationDisconnectsIt() {
        String clientId = "it-ponto-" + UUID.randomUUID();
        String secret = "it-ponto-secret-" + UUID.randomUUID();
        List<String> answers = new ArrayList<>();

        HttpResponse<String> created = Deployed.postJson("/api/v1/online-links/ponto", "{\"name\":\"IT MyPonto\",\"client_id\":\""
                + clientId + "\",\"client_secret\":\"" + secret + "\",\"start_date\":null}", ADMIN, adminPassword());
        answers.add(created.body());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject link = (JsonObject) Deployed.json(created.body());
        long linkId = link.getJsonNumber("id").longValue();
        assertEquals("ponto_direct", link.getString("provider_type"));
        JsonArray accounts = link.getJsonArray("accounts");
        assertEquals(2, accounts.size());
        accounts.getValuesAs(JsonObject.class).forEach(a -> assertFalse(a.isNull("journal_id"), "mapped: " + a));

        JsonObject first = awaitRun(Deployed.number("select max(id) from sync_run where link_id = ?", linkId));
        answers.add(first.toString());
        assertEquals("done", first.getString("state"), first.toString());
        assertEquals(200, lines(linkId), "the last 100 of each account (an opening-balance line may come with them)");
        assertEquals(6, Deployed.number("select count(*) from pending_transaction p join online_account a on a.id ="
                + " p.online_account_id where a.link_id = ?", linkId), "pending apart, not lines");

        control(clientId, "add-transactions", 5);
        control(clientId, "stale", 0);
        JsonObject waiting = fetchAndWait(linkId);
        assertEquals("waiting", waiting.getString("state"), "stale: waits for the synchronization " + waiting);
        JsonObject second = untilEnded(waiting);
        answers.add(second.toString());
        assertEquals("done", second.getString("state"), second.toString());
        assertEquals(210, lines(linkId), "only the 5 newer of each account");
        assertEquals(2, control(clientId, "report", 0).getInt("synchronizations_requested"), "stale: one per account");

        control(clientId, "revoke", 0);
        JsonObject revoked = fetchAndWait(linkId);
        answers.add(revoked.toString());
        assertEquals("failed", revoked.getString("state"));
        JsonObject after = link(linkId);
        answers.add(after.toString());
        assertEquals("disconnected", after.getString("state"));
        String chatter = (String) Deployed.value("select body from chatter_message where record_type = 'online_link'"
                + " and record_id = ? and kind = 'ERROR' order by id desc", linkId);
        assertTrue(chatter.contains("Reconnect in MyPonto"), chatter);

        control(clientId, "reconnect", 0);
        String newSecret = "it-ponto-new-secret-" + UUID.randomUUID();
        FormSession browser = new FormSession();
        browser.signIn(ADMIN, adminPassword());
        HttpResponse<String> page = browser.get("/online-link.xhtml?id=" + linkId);
        assertTrue(page.body().contains("secretSet"), "the secret shown as set");
        assertFalse(page.body().contains("id=\"link:reconnect\""), "a direct link is renewed with Replace, not the proxy's page");
        page = browser.submit(page, "link", Map.of("link:replaceSecret", ""));
        page = browser.submit(page, "link", Map.of("link:newSecret", newSecret, "link:saveSecret", ""));
        answers.add(page.body());
        assertEquals("connected", link(linkId).getString("state"), "Replace connects the link again");
        assertEquals("done", untilEnded(fetchAndWait(linkId)).getString("state"));

        answers.add(Deployed.get("/api/v1/online-links/" + linkId + "/messages", ADMIN, adminPassword()).body());
        answers.add(Deployed.get("/api/v1/online-links", ADMIN, adminPassword()).body());
        answers.add(Deployed.get("/api/v1/sync-runs/" + revoked.getJsonNumber("id").longValue(), ADMIN, adminPassword()).body());
        answers.add(browser.get("/online-link.xhtml?id=" + linkId).body());
        answers.add(Deployed.rows("select * from chatter_message where record_id = ?", linkId));
        answers.add(Deployed.rows("select * from online_link where id = ?", linkId));
        answers.add(Deployed.serverLog());
        for (String text : answers) {
            for (String kept : List.of(secret, newSecret)) {
                assertFalse(text.contains(kept), "a secret in: " + text.substring(0, Math.min(200, text.length())));
            }
        }
    }

    @Test
    void wrongCredentialsMissingFieldsAndTheProxysRenewalAreRefusedAndChangeNothing() {
        String clientId = "it-ponto-" + UUID.randomUUID();
        HttpResponse<String> first = Deployed.postJson("/api/v1/online-links/ponto", "{\"name\":\"IT MyPonto 2\",\"client_id\":\""
                + clientId + "\",\"client_secret\":\"first-secret-123\"}", ADMIN, adminPassword());
        assertEquals(201, first.statusCode(), first.body());
        long before = Deployed.number("select count(*) from online_link");

        HttpResponse<String> again = Deployed.postJson("/api/v1/online-links/ponto", "{\"name\":\"IT again\",\"client_id\":\""
                + clientId + "\",\"client_secret\":\"wrong-secret-456\"}", ADMIN, adminPassword());
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("Reconnect in MyPonto"), again.body());
        assertFalse(again.body().contains("wrong-secret-456"));
        HttpResponse<String> missing = Deployed.postJson("/api/v1/online-links/ponto", "{\"name\":\"IT\",\"client_id\":\"x\"}",
                ADMIN, adminPassword());
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("client_secret"), missing.body());
        assertEquals(before, Deployed.number("select count(*) from online_link"));

        long linkId = ((JsonObject) Deployed.json(first.body())).getJsonNumber("id").longValue();
        HttpResponse<String> proxyPage = Deployed.postJson("/api/v1/online-links/connect", "{\"mode\":\"reconnect\",\"link_id\":"
                + linkId + "}", ADMIN, adminPassword());
        assertEquals(400, proxyPage.statusCode(), "no proxy connect page for a direct MyPonto link: " + proxyPage.body());
        assertTrue(proxyPage.body().contains("replace its Client Secret"), proxyPage.body());
    }

    @Test
    void theWizardsMyPontoChoiceCreatesTheLinkAndNeverShowsTheSecretAgain() {
        String clientId = "it-ponto-wizard-" + UUID.randomUUID();
        String secret = "it-ponto-wizard-secret-" + UUID.randomUUID();
        FormSession browser = new FormSession();
        browser.signIn(ADMIN, adminPassword());
        HttpResponse<String> page = browser.submit(browser.get("/connect-bank.xhtml"), "wizard", Map.of("wizard:choosePonto", ""));
        assertTrue(page.body().contains("wizard:pontoSecret"), "the MyPonto step");
        page = browser.submit(page, "wizard", Map.of("wizard:pontoName", "IT wizard MyPonto", "wizard:pontoClientId", clientId,
                "wizard:pontoSecret", secret, "wizard:connectPonto", ""));

        assertTrue(page.uri().getPath().endsWith("/online-link.xhtml"), "on the link's page: " + page.uri());
        assertTrue(page.body().contains("secretSet"));
        assertFalse(page.body().contains(secret));
        assertEquals("ponto_direct", Deployed.value("select provider_type from online_link where client_id = ?", clientId));
    }

    /** Waits through the pauses of a run (a timer resumes it) until it is done or failed. */
    private static JsonObject untilEnded(JsonObject run) {
        JsonObject last = run;
        for (int pauses = 0; last.getString("state").equals("waiting") && pauses < MAX_PAUSES; pauses++) {
            SandboxFlow.sleep(PAUSE_MILLIS);
            last = awaitRun(last.getJsonNumber("id").longValue());
        }
        return last;
    }

    private static long lines(long linkId) {
        return Deployed.number("select count(*) from statement_line l join online_account a on a.id = l.online_account_id"
                + " where a.link_id = ? and l.online_transaction_identifier not like ?", linkId,
                JdbcStatementLineStore.OPENING_BALANCE_ID + "%");
    }

    private static JsonObject control(String clientId, String operation, long amount) {
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/sandbox/ponto-control/" + clientId + "/"
                + operation + "?amount=" + amount)).header("Authorization", SandboxFlow.admin()).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 200) {
            throw new AssertionError("control " + operation + ": " + r.statusCode() + " " + r.body());
        }
        return (JsonObject) Deployed.json(r.body());
    }
}
