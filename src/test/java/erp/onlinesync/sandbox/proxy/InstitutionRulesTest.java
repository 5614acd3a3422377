package erp.onlinesync.sandbox.proxy;

import static erp.onlinesync.sandbox.SignedClient.data;
import static erp.onlinesync.sandbox.SignedClient.errorCode;
import static erp.onlinesync.sandbox.SignedClient.transactionsQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.SignedClient;
import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.bank.HostileAnswers;
import erp.onlinesync.sandbox.link.LinkMode;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstitutionRulesTest {

    private static final JsonObject NOTHING = JsonValue.EMPTY_JSON_OBJECT;

    private final SandboxFixture fixture = new SandboxFixture();

    private static String firstAccount(SignedClient client) {
        return client.accounts().get(0).getString("online_identifier");
    }

    private static JsonObject refresh(SignedClient client, String account) {
        return client.call("refresh", data("account_id", account));
    }

    @Test
    void sandboxBankAnswersEverythingAndErrorsCarryAReference() {
        SignedClient client = fixture.link(Bank.SANDBOX);
        JsonObject refreshed = refresh(client, firstAccount(client)).getJsonObject("result");
        assertFalse(refreshed.getBoolean("currently_fetching"));
        JsonObject error = refresh(client, "no-such-account").getJsonObject("error");
        assertEquals(400, error.getInt("code"));
        assertTrue(error.getJsonObject("data").getString("error_reference").startsWith("SBX-"));
        assertEquals("ponto", error.getJsonObject("data").getString("provider_type"));
        assertFalse(error.getJsonObject("data").getString("message").isBlank());
    }

    @Test
    void hostileBankSendsOversizedAndNulValuesAndOneOversizedError() {
        SignedClient client = fixture.link(Bank.HOSTILE);
        JsonObject account = client.accounts().get(0);
        assertEquals(300, account.getString("name").length());
        String id = account.getString("online_identifier");
        JsonObject first = client.call("transactions", transactionsQuery(id, "posted", null, JsonValue.NULL))
                .getJsonObject("result");
        JsonObject transaction = first.getJsonArray("transactions").getJsonObject(0);
        assertTrue(transaction.getString("payment_ref").contains("\u0000"));
        assertEquals(HostileAnswers.PARTNER_LENGTH, transaction.getString("partner_name").length());
        JsonObject secondPage = transactionsQuery(id, "posted", null, first.get("next_data"));
        JsonObject error = client.call("transactions", secondPage).getJsonObject("error");
        assertEquals(200, error.getInt("code"));
        assertEquals(5000, error.getJsonObject("data").getString("message").length());
        assertEquals(500, error.getJsonObject("data").getString("error_reference").length());
        assertEquals(0, errorCode(client.call("transactions", secondPage)), "once per link, then the page is served");
    }

    @Test
    void manualBankRefusesUnattendedCallsWith201() {
        SignedClient client = fixture.link(Bank.MANUAL);
        assertEquals(201, errorCode(client.call("accounts", data("next_data", "x"), true)));
        assertEquals(0, errorCode(client.call("connection_status", NOTHING)));
        assertFalse(client.call("connection_status", NOTHING).getJsonObject("result").getBoolean("auto_sync_allowed"));
        assertEquals(0, errorCode(client.call("get_access_token", NOTHING, true)), "token renewal is never refused");
    }

    @Test
    void downBankAnswers200ToDataCalls() {
        SignedClient client = fixture.link(Bank.DOWN);
        String account = firstAccount(client);
        assertEquals(200, errorCode(refresh(client, account)));
        assertEquals(200, errorCode(client.call("transactions", transactionsQuery(account, "posted", null, JsonValue.NULL))));
        assertEquals("error", client.call("connection_status", NOTHING).getJsonObject("result").getString("state"));
    }

    @Test
    void actionBankAsksForNewCredentialsUntilTheUserGivesThem() {
        SignedClient client = fixture.link(Bank.ACTION);
        String account = firstAccount(client);
        JsonObject error = refresh(client, account).getJsonObject("error");
        assertEquals(300, error.getInt("code"));
        assertEquals("updateCredentials", error.getJsonObject("data").getString("mode"));
        assertEquals(300, errorCode(fixture.renew(client, Bank.ACTION, LinkMode.RECONNECT).call("refresh",
                data("account_id", account))), "another mode does not help");
        SignedClient updated = fixture.renew(client, Bank.ACTION, LinkMode.UPDATE_CREDENTIALS);
        assertEquals(0, errorCode(refresh(updated, account)));
    }

    @Test
    void quotaBankAnswers202ForAnHourAfterItsQuota() {
        SignedClient client = fixture.link(Bank.QUOTA);
        for (int i = 0; i < fixture.settings.quotaCalls(); i++) {
            assertEquals(0, errorCode(client.call("connection_status", NOTHING)), "call " + i);
        }
        JsonObject error = client.call("connection_status", NOTHING).getJsonObject("error");
        assertEquals(202, error.getInt("code"));
        Instant retryAfter = Instant.parse(error.getJsonObject("data").getString("retry_after"));
        assertEquals(fixture.clock.instant().plus(Duration.ofHours(1)), retryAfter);
        fixture.clock.advance(Duration.ofMinutes(61));
        assertEquals(0, errorCode(client.call("connection_status", NOTHING)));
    }

    @Test
    void expiredConsentBankRevokesAfterTheFirstFullSync() {
        SignedClient client = fixture.link(Bank.EXPIRED_CONSENT);
        JsonObject status = client.call("connection_status", NOTHING).getJsonObject("result");
        assertEquals(fixture.today().plusDays(2).toString(), status.getString("consent_expiring_date"));
        String account = firstAccount(client);
        client.allTransactions(account, "posted", null);
        assertEquals(0, errorCode(client.call("connection_status", NOTHING)), "half a sync revokes nothing");
        client.allTransactions(account, "pending", null);
        assertEquals(102, errorCode(client.call("connection_status", NOTHING)));
        assertEquals(102, errorCode(client.call("get_access_token", NOTHING)));
        assertTrue(client.call("delete_user", NOTHING).getJsonObject("result").getBoolean("deleted"));
    }

    @Test
    void aConsentRunsOutWhenItsDayHasPassed() {
        SignedClient client = fixture.link(Bank.EXPIRED_CONSENT);
        fixture.control().operate(client.clientId, "advance", "{\"days\": 2}");
        assertEquals(0, errorCode(client.call("connection_status", NOTHING)));
        fixture.control().operate(client.clientId, "advance", "{\"days\": 1}");
        assertEquals(102, errorCode(client.call("connection_status", NOTHING)));
        SignedClient reconnected = fixture.renew(client, Bank.EXPIRED_CONSENT, LinkMode.RECONNECT);
        assertEquals(0, errorCode(reconnected.call("connection_status", NOTHING)));
    }

    @Test
    void flakyBankFaultsAreReproducibleAndRareEnoughForThreeRetries() {
        int faults = 0;
        int hopeless = 0;
        int run = 0;
        for (long call = 1; call <= 20_000; call++) {
            Flakiness.Outcome outcome = Flakiness.outcome(99, call);
            assertEquals(outcome.slow(), Flakiness.outcome(99, call).slow());
            boolean fault = outcome.failure() != null || outcome.slow();
            faults += fault ? 1 : 0;
            run = fault ? run + 1 : 0;
            hopeless += run == 4 ? 1 : 0;
        }
        assertTrue(faults > 2_400 && faults < 3_600, "about 15 % faults: " + faults);
        assertTrue(hopeless < 20, "four faults in a row stay rare: " + hopeless);
    }

    @Test
    void flakyBankSendsEveryKindOfTransportFault() {
        Set<Integer> statuses = new HashSet<>();
        boolean malformed = false;
        boolean slow = false;
        for (long call = 1; call <= 2_000; call++) {
            Flakiness.Outcome outcome = Flakiness.outcome(5, call);
            slow |= outcome.slow();
            if (outcome.failure() != null) {
                statuses.add(outcome.failure().status());
                malformed |= outcome.failure().status() == 200 && outcome.failure().contentType().startsWith("text/html");
                if (outcome.failure().status() == 429) {
                    assertEquals(1, outcome.failure().retryAfterSeconds());
                }
            }
        }
        assertTrue(statuses.containsAll(List.of(429, 500, 502, 503)), statuses.toString());
        assertTrue(malformed && slow);
    }

    @Test
    void theControlApiForcesAnyErrorForSomeCalls() {
        SignedClient client = fixture.link(Bank.SANDBOX);
        fixture.control().operate(client.clientId, "fail", "{\"code\": 200, \"calls\": 2}");
        assertEquals(200, errorCode(client.call("connection_status", NOTHING)));
        assertEquals(200, errorCode(client.call("connection_status", NOTHING)));
        assertEquals(0, errorCode(client.call("connection_status", NOTHING)));
        fixture.control().operate(client.clientId, "fail", "{\"code\": 202}");
        assertTrue(client.call("connection_status", NOTHING).getJsonObject("error").getJsonObject("data")
                .containsKey("retry_after"));
        fixture.control().operate(client.clientId, "revoke-consent", null);
        assertEquals(102, errorCode(client.call("connection_status", NOTHING)));
    }

    @Test
    void refreshAnswersCurrentlyFetchingWhenTheControlApiSaysSo() {
        fixture.control().updateSettings("{\"first_refresh_fetching\": true}");
        SignedClient client = fixture.link(Bank.SANDBOX);
        String account = firstAccount(client);
        assertTrue(refresh(client, account).getJsonObject("result").getBoolean("currently_fetching"));
        assertFalse(refresh(client, account).getJsonObject("result").getBoolean("currently_fetching"));
        fixture.control().operate(client.clientId, "currently-fetching", "{\"calls\": 2}");
        assertTrue(refresh(client, account).getJsonObject("result").getBoolean("currently_fetching"));
        assertTrue(refresh(client, account).getJsonObject("result").getBoolean("currently_fetching"));
        assertFalse(refresh(client, account).getJsonObject("result").getBoolean("currently_fetching"));
    }

    @Test
    void theControlApiExpiresTheAccessToken() {
        SignedClient client = fixture.link(Bank.SANDBOX);
        fixture.control().operate(client.clientId, "expire-access-token", null);
        assertEquals(101, errorCode(SandboxFixture.json(client.send("connection_status",
                SignedClient.body(NOTHING, false)))));
    }
}
