package erp.onlinesync.infrastructure.proxy;

import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.NOW;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.PERSON;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.parse;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.proxy.CallContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The request side of the contract: the body with its utils, and the four signature headers. */
class OdoofinProxyAdapterSigningTest {

    private final ProxyFixtures fixtures = new ProxyFixtures();

    @Test
    void signsWithTheFourHeadersOverTheContractPathAndTheExactBody() throws Exception {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("currently_fetching", false).add("success", true)));

        fixtures.adapter.refresh(fixtures.session, "acc-1", PERSON);

        FakeTransport.Sent sent = fixtures.transport.last();
        assertEquals(ProxyRestClient.REFRESH, sent.path());
        String timestamp = Long.toString(NOW.getEpochSecond());
        String message = timestamp + "|/proxy/v1/refresh|" + FakeSession.CLIENT_ID + "|" + FakeSession.ACCESS_TOKEN
                + "|" + sent.body();
        assertEquals(Map.of("X-Sync-Client-Id", FakeSession.CLIENT_ID, "X-Sync-Access-Token", FakeSession.ACCESS_TOKEN,
                "X-Sync-Timestamp", timestamp, "X-Sync-Signature", hmacSha256Hex(FakeSession.REFRESH_TOKEN, message)),
                sent.headers());
    }

    @Test
    void writesDataAndUtilsForAPerson() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("currently_fetching", true).add("success", true)));

        fixtures.adapter.refresh(fixtures.session, "acc-1", PERSON);

        JsonObject body = parse(fixtures.transport.last().body());
        assertEquals(Json.createObjectBuilder().add("account_id", "acc-1").build(), body.getJsonObject("data"));
        assertEquals(Json.createObjectBuilder().add("request_timeout", 45).add("lang", "fr_BE")
                .add("server_version", ModuleVersion.get()).add("db_uuid", ProxyFixtures.DB_UUID).add("cron", false)
                .build(), body.getJsonObject("utils"));
    }

    @Test
    void tellsTheProxyWhenATimerCalls() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("state", "connected")));

        fixtures.adapter.connectionStatus(fixtures.session, CallContext.timer());

        JsonObject utils = parse(fixtures.transport.last().body()).getJsonObject("utils");
        assertTrue(utils.getBoolean("cron"));
        assertEquals("en_US", utils.getString("lang"));
    }

    @Test
    void sendsUnsignedCallsWithoutHeaders() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("institutions", Json.createArrayBuilder())));

        fixtures.adapter.institutions("BE", "kbc", 28, PERSON);

        FakeTransport.Sent sent = fixtures.transport.last();
        assertEquals(ProxyRestClient.INSTITUTIONS, sent.path());
        assertEquals(Map.of(), sent.headers());
        assertEquals(Json.createObjectBuilder().add("limit", 28).add("country", "BE").add("query", "kbc").build(),
                parse(sent.body()).getJsonObject("data"));
    }

    @Test
    void leavesOutTheOptionalSearchFieldsWhenNotGiven() {
        fixtures.transport.ok(result(Json.createObjectBuilder().add("institutions", Json.createArrayBuilder())));

        fixtures.adapter.institutions(null, null, 10, PERSON);

        assertEquals(Json.createObjectBuilder().add("limit", 10).build(),
                parse(fixtures.transport.last().body()).getJsonObject("data"));
    }

    @Test
    void readsTheModuleVersionWrittenByTheBuild() {
        assertTrue(ModuleVersion.get().matches("\\d+\\.\\d+.*"), ModuleVersion.get());
    }

    /** The contract's rule, computed here without {@link ProxySignature}. */
    private static String hmacSha256Hex(String base64Key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
