package erp.onlinesync.sandbox;

import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import erp.onlinesync.sandbox.proxy.SignedHeaders;
import erp.onlinesync.sandbox.proxy.WireReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's side of one sandbox link in a test: it signs calls with {@link ProxySignature}, renews the
 * access token on 101 and retries once (as the contract asks), and pages through transactions.
 */
public final class SignedClient {

    private static final int ACCESS_TOKEN_EXPIRED = 101;

    public final String clientId;
    public Secret accessToken;
    public Secret refreshToken;
    private final SandboxFixture fixture;

    SignedClient(SandboxFixture fixture, JsonObject grant) {
        this.fixture = fixture;
        this.clientId = grant.getString("client_id");
        this.accessToken = Secret.of(grant.getString("access_token"));
        this.refreshToken = Secret.of(grant.getString("refresh_token"));
    }

    /** A signed call with {@code utils.cron} false; renews the token once on 101. */
    public JsonObject call(String name, JsonObject data) {
        return call(name, data, false);
    }

    public JsonObject call(String name, JsonObject data, boolean cron) {
        String body = body(data, cron);
        JsonObject answer = SandboxFixture.json(send(name, body));
        if (errorCode(answer) == ACCESS_TOKEN_EXPIRED && !"get_access_token".equals(name)) {
            renewAccessToken();
            answer = SandboxFixture.json(send(name, body));
        }
        return answer;
    }

    /** A correctly signed call with the current tokens, answer as is. */
    public WireReply send(String name, String body) {
        return send(name, body, now(), accessToken, refreshToken);
    }

    /** A call signed with whatever the test gives. */
    public WireReply send(String name, String body, long timestamp, Secret access, Secret signingKey) {
        String signature = ProxySignature.sign(timestamp, "/proxy/v1/" + name, clientId, access, signingKey, body);
        return sendRaw(name, body, new SignedHeaders(clientId, access.reveal(), Long.toString(timestamp), signature));
    }

    public WireReply sendRaw(String name, String body, SignedHeaders headers) {
        return fixture.sandbox.proxy().handle(name, headers, body, SandboxFixture.BASE);
    }

    public void renewAccessToken() {
        JsonObject answer = SandboxFixture.json(send("get_access_token", body(JsonValue.EMPTY_JSON_OBJECT, false)));
        accessToken = Secret.of(answer.getJsonObject("result").getString("access_token"));
    }

    /** @return every transaction of the account and status, page after page, in the order received */
    public List<JsonObject> allTransactions(String accountId, String status, String startDate) {
        List<JsonObject> all = new ArrayList<>();
        JsonValue next = JsonValue.NULL;
        do {
            JsonObject result = call("transactions", transactionsQuery(accountId, status, startDate, next))
                    .getJsonObject("result");
            result.getJsonArray("transactions").getValuesAs(JsonObject.class).forEach(all::add);
            next = result.get("next_data");
        } while (next != JsonValue.NULL);
        return all;
    }

    /** @return the online identifiers of the link's accounts, through every accounts page */
    public List<JsonObject> accounts() {
        List<JsonObject> all = new ArrayList<>();
        JsonValue next = JsonValue.NULL;
        do {
            JsonObject result = call("accounts", Json.createObjectBuilder().add("next_data", next).build())
                    .getJsonObject("result");
            result.getJsonArray("accounts").getValuesAs(JsonObject.class).forEach(all::add);
            next = result.get("next_data");
        } while (next != JsonValue.NULL);
        return all;
    }

    public static JsonObject transactionsQuery(String accountId, String status, String startDate, JsonValue next) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("account_id", accountId).add("status", status)
                .add("last_transaction_identifier", JsonValue.NULL).add("currency_code", "EUR").add("next_data", next);
        return (startDate == null ? data.addNull("start_date") : data.add("start_date", startDate)).build();
    }

    public static JsonObject data(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build();
    }

    public static String body(JsonObject data, boolean cron) {
        return Json.createObjectBuilder().add("data", data)
                .add("utils", Json.createObjectBuilder().add("request_timeout", 30).add("lang", "en_US").add("cron", cron))
                .build().toString();
    }

    /** @return the error code of an answer, or 0 for a result */
    public static int errorCode(JsonObject answer) {
        return answer.containsKey("error") ? answer.getJsonObject("error").getInt("code") : 0;
    }

    private long now() {
        return fixture.clock.instant().getEpochSecond();
    }
}
