package erp.onlinesync.sandbox.proxy;

import static erp.onlinesync.sandbox.SignedClient.body;
import static erp.onlinesync.sandbox.SignedClient.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.SignedClient;
import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.link.LinkMode;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedCallTest {

    private static final String STATUS = "connection_status";
    private static final String EMPTY = body(JsonValue.EMPTY_JSON_OBJECT, false);

    private final SandboxFixture fixture = new SandboxFixture();
    private final SignedClient client = fixture.link(Bank.SANDBOX);

    private int code(String call, String body, long timestamp, Secret access, Secret key) {
        return errorCode(SandboxFixture.json(client.send(call, body, timestamp, access, key)));
    }

    private long now() {
        return fixture.clock.instant().getEpochSecond();
    }

    @Test
    void aCorrectSignatureIsAccepted() {
        JsonObject answer = SandboxFixture.json(client.send(STATUS, EMPTY));
        assertEquals("connected", answer.getJsonObject("result").getString("state"));
    }

    @Test
    void theExchangeGivesA32ByteRefreshToken() {
        assertEquals(32, Base64.getDecoder().decode(client.refreshToken.reveal()).length);
        assertTrue(client.clientId.startsWith("sbx.sandbox_bank."));
    }

    @Test
    void aWrongKeyATamperedBodyOrAWrongPathIsRefusedWith100() {
        Secret otherKey = Secret.of(Base64.getEncoder().encodeToString(new byte[32]));
        assertEquals(100, code(STATUS, EMPTY, now(), client.accessToken, otherKey));
        SignedHeaders headers = signed(STATUS);
        assertEquals(100, errorCode(SandboxFixture.json(client.sendRaw(STATUS, EMPTY + " ", headers))), "body changed");
        assertEquals(100, errorCode(SandboxFixture.json(client.sendRaw("accounts", EMPTY, headers))), "path changed");
        SignedHeaders unsigned = new SignedHeaders(client.clientId, client.accessToken.reveal(), Long.toString(now()), null);
        assertEquals(100, errorCode(SandboxFixture.json(client.sendRaw(STATUS, EMPTY, unsigned))));
    }

    @Test
    void aTimestampMoreThan300SecondsAwayIsRefusedWith100() {
        assertEquals(0, code(STATUS, EMPTY, now() - 300, client.accessToken, client.refreshToken));
        assertEquals(100, code(STATUS, EMPTY, now() - 301, client.accessToken, client.refreshToken));
        assertEquals(100, code(STATUS, EMPTY, now() + 301, client.accessToken, client.refreshToken));
        SignedHeaders garbled = new SignedHeaders(client.clientId, client.accessToken.reveal(), "soon", "00");
        assertEquals(100, errorCode(SandboxFixture.json(client.sendRaw(STATUS, EMPTY, garbled))));
    }

    @Test
    void anUnknownClientIdGets104() {
        SignedHeaders stranger = new SignedHeaders("sbx.sandbox_bank.1.2.3.0000", client.accessToken.reveal(),
                Long.toString(now()), "00");
        assertEquals(104, errorCode(SandboxFixture.json(client.sendRaw(STATUS, EMPTY, stranger))));
        assertEquals(104, errorCode(SandboxFixture.json(client.sendRaw(STATUS, EMPTY, SignedHeaders.none()))));
    }

    @Test
    void afterGetAccessTokenOnlyTheNewTokenWorks() {
        Secret old = client.accessToken;
        client.renewAccessToken();
        assertFalse(old.equals(client.accessToken));
        assertEquals(101, code(STATUS, EMPTY, now(), old, client.refreshToken));
        assertEquals(101, code("get_access_token", EMPTY, now(), old, client.refreshToken));
        assertEquals(0, code(STATUS, EMPTY, now(), client.accessToken, client.refreshToken));
    }

    @Test
    void theAccessTokenExpiresAfterFiftyCallsAndGetAccessTokenStillTakesIt() {
        for (int i = 0; i < fixture.settings.tokenCalls(); i++) {
            assertEquals(0, code(STATUS, EMPTY, now(), client.accessToken, client.refreshToken), "call " + i);
        }
        assertEquals(101, code(STATUS, EMPTY, now(), client.accessToken, client.refreshToken));
        client.renewAccessToken();
        assertEquals(0, code(STATUS, EMPTY, now(), client.accessToken, client.refreshToken));
    }

    @Test
    void aRenewingExchangeKeepsTheClientIdAndRetiresTheOldTokens() {
        Secret oldAccess = client.accessToken;
        Secret oldRefresh = client.refreshToken;
        String token = fixture.consent(Bank.SANDBOX, LinkMode.RECONNECT, client.clientId, Map.of());
        JsonObject grant = fixture.exchange(token).getJsonObject("result");
        assertEquals(client.clientId, grant.getString("client_id"));
        assertEquals(100, code(STATUS, EMPTY, now(), oldAccess, oldRefresh));
        Secret newAccess = Secret.of(grant.getString("access_token"));
        Secret newRefresh = Secret.of(grant.getString("refresh_token"));
        assertEquals(101, code(STATUS, EMPTY, now(), oldAccess, newRefresh));
        assertEquals(0, code(STATUS, EMPTY, now(), newAccess, newRefresh));
    }

    @Test
    void aLinkSurvivesARestartThroughItsTokens() {
        client.renewAccessToken();
        String account = client.accounts().get(0).getString("online_identifier");
        String firstId = client.allTransactions(account, "posted", null).get(0).getString("online_transaction_identifier");
        SandboxFixture restarted = fixture.restarted();
        SignedHeaders headers = signed(STATUS);
        assertEquals(0, errorCode(SandboxFixture.json(restarted.sandbox.proxy().handle(STATUS, headers, EMPTY,
                SandboxFixture.BASE))));
        assertEquals(firstId, restarted.reportedAccount(client.clientId, account).getJsonArray("posted_identifiers").getString(0));
    }

    @Test
    void deleteUserForgetsTheLink() {
        assertTrue(SandboxFixture.json(client.send("delete_user", EMPTY)).getJsonObject("result").getBoolean("deleted"));
        assertEquals(104, code(STATUS, EMPTY, now(), client.accessToken, client.refreshToken));
        assertEquals(104, code("delete_user", EMPTY, now(), client.accessToken, client.refreshToken));
    }

    /** @return the headers of a correct signature of {@code call} with an empty data object */
    private SignedHeaders signed(String call) {
        String signature = ProxySignature.sign(now(), "/proxy/v1/" + call,
                client.clientId, client.accessToken, client.refreshToken, EMPTY);
        return new SignedHeaders(client.clientId, client.accessToken.reveal(), Long.toString(now()), signature);
    }
}
