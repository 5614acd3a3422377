package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.CallContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What the adapter tests share: a fixed clock, an adapter over a fake transport, answer bodies. */
final class ProxyFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String BASE_URL = "https://proxy.example.test/odoofin";
    static final String DB_UUID = "5b0e6c2e-1111-4222-8333-944455556666";
    static final Duration READ_TIMEOUT = Duration.ofSeconds(45);
    static final CallContext PERSON = CallContext.person("fr_BE");

    /** The waits the adapter asked for, instead of sleeping. */
    final List<Duration> sleeps = new ArrayList<>();
    final FakeTransport transport = new FakeTransport();
    final FakeSession session = new FakeSession(transport);
    final OdoofinProxyAdapter adapter = new OdoofinProxyAdapter(transport, CLOCK,
            new ProxySettings(BASE_URL, Duration.ofSeconds(5), READ_TIMEOUT), () -> DB_UUID, sleeps::add);

    static String result(JsonObjectBuilder result) {
        return Json.createObjectBuilder().add("result", result).build().toString();
    }

    /** An error envelope with a full {@code data}. */
    static String error(int code, JsonObjectBuilder data) {
        return Json.createObjectBuilder()
                .add("error", Json.createObjectBuilder().add("code", code).add("message", "technical text").add("data", data))
                .build().toString();
    }

    static String error(int code) {
        return error(code, Json.createObjectBuilder().add("error_reference", "REF-" + code));
    }

    /** A valid transaction with every field set; tests change or remove one field. */
    static JsonObjectBuilder transaction(String id) {
        return Json.createObjectBuilder()
                .add("online_transaction_identifier", id)
                .add("date", "2026-02-27")
                .add("value_date", "2026-02-28")
                .add("payment_ref", "Invoice 2026/0042")
                .add("amount", "-1234.56")
                .add("currency_code", "EUR")
                .add("partner_name", "ACME sa")
                .add("account_number", "BE71096123456769")
                .add("foreign_currency_code", "USD")
                .add("amount_currency", "-1337.1234")
                .add("end_to_end_uuid", "e2e-" + id)
                .add("pending_transaction_identifier", "p-" + id)
                .add("transaction_details", Json.createObjectBuilder().add("bank_code", "X1").add("n", 1.50));
    }

    /** A transactions result holding these transactions, with balances and no next page. */
    static String transactionPage(JsonObjectBuilder... transactions) {
        var array = Json.createArrayBuilder();
        for (JsonObjectBuilder t : transactions) {
            array.add(t);
        }
        return result(Json.createObjectBuilder().add("transactions", array).add("balance", "1000.00")
                .add("available_balance", "900.5").add("balance_date", "2026-02-28").addNull("next_data"));
    }

    static JsonObject parse(String json) {
        return Json.createReader(new java.io.StringReader(json)).readObject();
    }
}
