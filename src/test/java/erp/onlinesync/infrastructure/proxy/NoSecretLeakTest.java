package erp.onlinesync.infrastructure.proxy;

import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.PERSON;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.error;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.result;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * No token, signature, exchange token or request body in an exception (message, cause chain, stack
 * trace) or in a log record of the adapter's package, whatever the failure.
 */
class NoSecretLeakTest {

    private static final String NEW_TOKEN = "access-token-RENEWED-91bc";
    private static final String EXCHANGE_TOKEN = "exchange-token-SINGLE-USE-55d2";
    private static final String SAMPLE_BODY_PART = "\"utils\"";
    private static final TransactionQuery QUERY = new TransactionQuery("acc-1", TransactionStatus.PENDING, null, null,
            null, null);

    private final ProxyFixtures fixtures = new ProxyFixtures();
    private final LogCapture log = new LogCapture();
    private final List<String> thrown = new ArrayList<>();

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void badRequestOnASignedCall() {
        fail(() -> fixtures.adapter.refresh(fixtures.session, "acc-1", PERSON), error(400, echoingData()));
    }

    @Test
    void badRequestOnAnExchange() {
        fail(() -> fixtures.adapter.exchangeToken(EXCHANGE_TOKEN, PERSON), error(400, echoingData()));
    }

    @Test
    void expiredTokenTwice() {
        fixtures.transport.ok(error(101, echoingData())).ok(result(Json.createObjectBuilder().add("access_token", NEW_TOKEN)));
        fail(() -> fixtures.adapter.connectionStatus(fixtures.session, PERSON), error(101, echoingData()));
    }

    @Test
    void transportFaultsOutlivingTheRetries() {
        fixtures.transport.timeout().status(503).answer(new RawAnswer(429, "1", ""));
        fail(() -> fixtures.adapter.deleteUser(fixtures.session, PERSON), "{\"not\":\"an envelope\"}");
    }

    @Test
    void malformedResults() {
        fail(() -> fixtures.adapter.exchangeToken(EXCHANGE_TOKEN, PERSON), result(Json.createObjectBuilder()
                .add("client_id", "c").add("refresh_token", FakeSession.ACCESS_TOKEN).add("access_token", NEW_TOKEN)));
        fail(() -> fixtures.adapter.transactions(fixtures.session, QUERY, PERSON), ProxyFixtures.transactionPage(
                ProxyFixtures.transaction("tx-1").add("amount", FakeSession.ACCESS_TOKEN)));
    }

    /** An error whose every text field quotes the tokens, as a careless proxy might. */
    private static JsonObjectBuilder echoingData() {
        return Json.createObjectBuilder().add("error_reference", "REF-1")
                .add("redirect_url", "https://x.test/?t=" + FakeSession.ACCESS_TOKEN);
    }

    private void fail(Executable call, String answer) {
        fixtures.transport.ok(answer);
        Throwable e = assertThrows(Throwable.class, call);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        thrown.add(trace.toString());
        assertNoSecret();
    }

    private void assertNoSecret() {
        String everything = String.join("\n", thrown) + "\n" + log.text();
        assertTrue(!thrown.isEmpty());
        List<String> secrets = new ArrayList<>(List.of(FakeSession.ACCESS_TOKEN, NEW_TOKEN, FakeSession.REFRESH_TOKEN,
                EXCHANGE_TOKEN, SAMPLE_BODY_PART));
        fixtures.transport.sent().forEach(s -> {
            if (s.headers().containsKey(ProxySignature.SIGNATURE)) {
                secrets.add(s.headers().get(ProxySignature.SIGNATURE));
            }
        });
        for (String secret : secrets) {
            assertFalse(everything.contains(secret), () -> "leaked " + secret + " in:\n" + everything);
        }
    }
}
