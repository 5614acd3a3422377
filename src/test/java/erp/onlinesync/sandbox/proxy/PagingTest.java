package erp.onlinesync.sandbox.proxy;

import static erp.onlinesync.sandbox.SignedClient.transactionsQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.Amounts;
import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.SandboxSettings;
import erp.onlinesync.sandbox.SignedClient;
import erp.onlinesync.sandbox.bank.Bank;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void pagesCoverEveryPostedTransactionExactlyOnceAndTheBalanceAddsUp() {
        SignedClient client = fixture.link(Bank.SANDBOX);
        List<JsonObject> accounts = client.accounts();
        assertEquals(3, accounts.size());
        for (JsonObject account : accounts) {
            String id = account.getString("online_identifier");
            List<JsonObject> posted = client.allTransactions(id, "posted", null);
            Set<String> ids = new HashSet<>();
            posted.forEach(t -> assertTrue(ids.add(t.getString("online_transaction_identifier")), "sent twice"));
            BigDecimal opening = Amounts.parse(fixture.reportedAccount(client.clientId, id).getString("opening_balance"));
            BigDecimal sum = posted.stream().map(t -> Amounts.parse(t.getString("amount"))).reduce(opening, BigDecimal::add);
            assertEquals(0, sum.compareTo(Amounts.parse(account.getString("balance"))), id);
        }
    }

    @Test
    void aStartDateLeavesOutOlderTransactions() {
        SignedClient client = fixture.link(Bank.SANDBOX);
        String account = client.accounts().get(0).getString("online_identifier");
        String start = fixture.today().minusDays(30).toString();
        List<JsonObject> recent = client.allTransactions(account, "posted", start);
        assertFalse(recent.isEmpty());
        assertTrue(recent.stream().allMatch(t -> t.getString("date").compareTo(start) >= 0));
        long all = client.allTransactions(account, "posted", null).stream().filter(t -> t.getString("date").compareTo(start) >= 0).count();
        assertEquals(all, recent.size());
    }

    @Test
    void pagesHoldAtMostAHundredAndAnswerTheBalances() {
        SignedClient client = fixture.link(Bank.SANDBOX);
        String account = client.accounts().get(0).getString("online_identifier");
        JsonObject page = client.call("transactions", transactionsQuery(account, "posted", null, JsonValue.NULL))
                .getJsonObject("result");
        assertEquals(100, page.getJsonArray("transactions").size());
        assertEquals(fixture.today().toString(), page.getString("balance_date"));
        assertTrue(page.containsKey("available_balance"));
        assertEquals(100, page.getJsonObject("next_data").getInt("offset"));
        JsonObject pending = client.call("transactions", transactionsQuery(account, "pending", null, JsonValue.NULL))
                .getJsonObject("result");
        assertEquals(3, pending.getJsonArray("transactions").size());
        assertEquals(JsonValue.NULL, pending.get("next_data"));
    }

    @Test
    void bigBankServesPagesOfFiveHundredFromAnyOffset() {
        SandboxFixture big = new SandboxFixture(new SandboxSettings(50, Duration.ZERO, 5_000, 500, 12, false, Path.of("x")));
        SignedClient client = big.link(Bank.BIG);
        String account = client.accounts().get(0).getString("online_identifier");
        JsonObject page = client.call("transactions", transactionsQuery(account, "posted", null,
                WireJson.nextData(4_900))).getJsonObject("result");
        assertEquals(100, page.getJsonArray("transactions").size());
        assertEquals(JsonValue.NULL, page.get("next_data"));
        assertEquals(5_000, client.allTransactions(account, "posted", null).size());
        page = client.call("transactions", transactionsQuery(account, "posted", null, JsonValue.NULL)).getJsonObject("result");
        assertEquals(500, page.getJsonArray("transactions").size());
    }

    @Test
    void flakyBankResendsAndShufflesButStillCoversEverything() {
        SignedClient client = fixture.link(Bank.FLAKY);
        String account = retried(client, "accounts", jsonOf("next_data", JsonValue.NULL)).getJsonArray("accounts")
                .getJsonObject(0).getString("online_identifier");
        Set<String> seen = new HashSet<>();
        int received = 0;
        boolean shuffled = false;
        JsonValue next = JsonValue.NULL;
        do {
            JsonObject page = retried(client, "transactions", transactionsQuery(account, "posted", null, next));
            List<JsonObject> transactions = page.getJsonArray("transactions").getValuesAs(JsonObject.class);
            for (int i = 1; i < transactions.size(); i++) {
                shuffled |= transactions.get(i).getString("date").compareTo(transactions.get(i - 1).getString("date")) < 0;
            }
            transactions.forEach(t -> seen.add(t.getString("online_transaction_identifier")));
            received += transactions.size();
            next = page.get("next_data");
        } while (next != JsonValue.NULL);
        long expected = fixture.reportedAccount(client.clientId, account).getJsonNumber("posted_count").longValue();
        assertEquals(expected, seen.size());
        assertTrue(received > seen.size(), "some pages repeat transactions of the previous one");
        assertTrue(shuffled, "dates come out of order");
    }

    /** Retries a Flaky Bank call on transport faults, as the module does (the sandbox only says "slow"). */
    private static JsonObject retried(SignedClient client, String call, JsonObject data) {
        for (int attempt = 0; attempt < 10; attempt++) {
            WireReply reply = client.send(call, SignedClient.body(data, false));
            if (reply.status() == 200 && reply.contentType().startsWith("application/json")) {
                JsonObject answer = SandboxFixture.json(reply);
                assertNotEquals(101, SignedClient.errorCode(answer));
                return answer.getJsonObject("result");
            }
        }
        throw new AssertionError("ten faults in a row");
    }

    private static JsonObject jsonOf(String name, JsonValue value) {
        return Json.createObjectBuilder().add(name, value).build();
    }
}
