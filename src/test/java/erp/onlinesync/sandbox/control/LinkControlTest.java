package erp.onlinesync.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.Amounts;
import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.SignedClient;
import erp.onlinesync.sandbox.bank.Bank;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinkControlTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SignedClient client = fixture.link(Bank.SANDBOX);
    private final LinkControl control = fixture.control();

    private static List<String> strings(JsonObject account, String name) {
        return account.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Set<String> ids(List<JsonObject> transactions) {
        return transactions.stream().map(t -> t.getString("online_transaction_identifier")).collect(Collectors.toSet());
    }

    @Test
    void theReportListsExactlyWhatThePagesServe() {
        for (JsonObject account : client.accounts()) {
            String id = account.getString("online_identifier");
            JsonObject reported = fixture.reportedAccount(client.clientId, id);
            assertEquals(ids(client.allTransactions(id, "posted", null)), Set.copyOf(strings(reported, "posted_identifiers")));
            assertEquals(ids(client.allTransactions(id, "pending", null)), Set.copyOf(strings(reported, "pending_identifiers")));
            assertEquals(account.getString("balance"), reported.getString("balance"));
        }
    }

    @Test
    void advancingPostsNewTransactionsAndSettlesThePendingOnes() {
        String account = client.accounts().get(0).getString("online_identifier");
        JsonObject before = fixture.reportedAccount(client.clientId, account);
        List<String> pendingBefore = strings(before, "pending_identifiers");
        JsonObject summary = control.operate(client.clientId, LinkControl.ADVANCE, "{\"days\": 2}");
        assertEquals(fixture.today().plusDays(2).toString(), summary.getString("today"));
        JsonObject after = fixture.reportedAccount(client.clientId, account);
        assertEquals(before.getInt("posted_count") + 6, after.getInt("posted_count"));
        List<JsonObject> news = client.allTransactions(account, "posted", fixture.today().plusDays(1).toString());
        assertEquals(6, news.size());
        Set<String> settled = news.stream().map(t -> t.get("pending_transaction_identifier"))
                .filter(v -> v != JsonValue.NULL).map(v -> ((JsonString) v).getString()).collect(Collectors.toSet());
        assertTrue(settled.containsAll(pendingBefore));
        assertTrue(ids(news).stream().noneMatch(pendingBefore::contains), "posted under new identifiers");
        assertEquals(0, Amounts.parse(after.getString("balance")).compareTo(Amounts.parse(before.getString("balance"))
                .add(news.stream().map(t -> Amounts.parse(t.getString("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add))));
    }

    @Test
    void unknownLinksOperationsAndBodiesAreRefused() {
        assertEquals(404, assertThrows(ControlException.class, () -> control.operate("sbx.nope", "advance", "{}")).status());
        assertEquals(404, assertThrows(ControlException.class, () -> control.operate(client.clientId, "explode", null)).status());
        assertEquals(400, assertThrows(ControlException.class,
                () -> control.operate(client.clientId, "advance", "{\"days\": -1}")).status());
        assertEquals(400, assertThrows(ControlException.class,
                () -> control.operate(client.clientId, "fail", "{\"code\": 999}")).status());
        assertEquals(400, assertThrows(ControlException.class, () -> control.operate(client.clientId, "advance", "[")).status());
    }

    @Test
    void deletingALinkMakesItUnknown() {
        assertTrue(control.delete(client.clientId).getBoolean("deleted"));
        assertEquals(104, SignedClient.errorCode(client.call("connection_status", JsonValue.EMPTY_JSON_OBJECT)));
        assertEquals(404, assertThrows(ControlException.class, () -> control.delete(client.clientId)).status());
    }
}
