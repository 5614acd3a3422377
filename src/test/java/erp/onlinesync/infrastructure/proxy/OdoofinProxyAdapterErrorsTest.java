package erp.onlinesync.infrastructure.proxy;

import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.PERSON;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.error;
import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.proxy.ConnectionStatus;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error envelope (contract section 6) and the renewal of an expired access token. */
class OdoofinProxyAdapterErrorsTest {

    private static final String NEW_TOKEN = "access-token-RENEWED-91bc";

    private final ProxyFixtures fixtures = new ProxyFixtures();

    @ParameterizedTest
    @CsvSource({"100, BAD_SIGNATURE", "102, CONSENT_REVOKED", "104, LINK_DELETED", "200, PROVIDER_UNAVAILABLE",
        "201, UNATTENDED_FORBIDDEN", "202, QUOTA_REACHED", "300, USER_ACTION_NEEDED", "400, BAD_REQUEST",
        "999, UNKNOWN_CODE", "103, UNKNOWN_CODE"})
    void mapsEachCodeWithItsData(int code, ProxyFailure expected) {
        fixtures.transport.ok(error(code, Json.createObjectBuilder().add("message", "Votre banque est indisponible")
                .add("error_reference", "ref-" + code).add("provider_type", "ponto").add("mode", "reconnect")
                .add("retry_after", "2026-03-02T08:30:00+01:00").add("redirect_url", "https://bank.test")));

        ProxyException e = assertThrows(ProxyException.class, this::connectionStatus);

        assertEquals(expected, e.failure());
        assertEquals(code, e.code());
        assertEquals("Votre banque est indisponible", e.userMessage());
        assertEquals("ref-" + code, e.errorReference());
        assertEquals("reconnect", e.mode());
        assertEquals(Instant.parse("2026-03-02T07:30:00Z"), e.retryAfter());
        assertTrue(e.getMessage().contains("ref-" + code) && e.getMessage().contains(ProxyRestClient.CONNECTION_STATUS),
                e.getMessage());
        assertEquals(1, fixtures.transport.sent().size(), "a functional error is not retried");
    }

    @Test
    void acceptsAnErrorWithoutData() {
        fixtures.transport.ok("{\"error\":{\"code\":200,\"message\":\"down\"}}");

        ProxyException e = assertThrows(ProxyException.class, this::connectionStatus);

        assertEquals(ProxyFailure.PROVIDER_UNAVAILABLE, e.failure());
        assertNull(e.userMessage());
        assertNull(e.errorReference());
        assertNull(e.retryAfter());
    }

    @Test
    void takesAnUnreadableRetryAfterAsAbsent() {
        fixtures.transport.ok(error(202, Json.createObjectBuilder().add("retry_after", "tomorrow")));

        ProxyException e = assertThrows(ProxyException.class, this::connectionStatus);

        assertEquals(ProxyFailure.QUOTA_REACHED, e.failure());
        assertNull(e.retryAfter());
    }

    @Test
    void refusesAnErrorWithoutAWholeCode() {
        fixtures.transport.ok("{\"error\":{\"code\":\"102\"}}");

        assertEquals(ProxyFailure.MALFORMED_ANSWER, assertThrows(ProxyException.class, this::connectionStatus).failure());
    }

    @Test
    void logsABadRequestWithoutTheRequest() {
        fixtures.transport.ok(error(400));

        try (LogCapture log = new LogCapture()) {
            assertThrows(ProxyException.class, this::connectionStatus);

            assertTrue(log.text().contains("400") && log.text().contains("REF-400")
                    && log.text().contains(ProxyRestClient.CONNECTION_STATUS), log.text());
            assertTrue(!log.text().contains(FakeSession.CLIENT_ID) && !log.text().contains("db_uuid"), log.text());
        }
    }

    @Test
    void renewsAnExpiredAccessTokenStoresItThenRetriesOnce() {
        fixtures.transport.ok(error(101))
                .ok(result(Json.createObjectBuilder().add("access_token", NEW_TOKEN)))
                .ok(result(Json.createObjectBuilder().add("state", "connected")));

        ConnectionStatus status = connectionStatus();

        assertEquals("connected", status.state());
        List<FakeTransport.Sent> sent = fixtures.transport.sent();
        assertEquals(List.of(ProxyRestClient.CONNECTION_STATUS, ProxyRestClient.GET_ACCESS_TOKEN,
                ProxyRestClient.CONNECTION_STATUS), sent.stream().map(FakeTransport.Sent::path).toList());
        assertEquals(FakeSession.ACCESS_TOKEN, sent.get(1).headers().get(ProxySignature.ACCESS_TOKEN),
                "get_access_token is signed with the expired token");
        assertEquals(NEW_TOKEN, sent.get(2).headers().get(ProxySignature.ACCESS_TOKEN));
        assertEquals(List.of(new FakeSession.Renewal(NEW_TOKEN, 2)), fixtures.session.renewals(),
                "stored after get_access_token answered and before the retry went out");
        assertEquals(sent.get(0).body(), sent.get(2).body());
    }

    @Test
    void throwsASecond101() {
        fixtures.transport.ok(error(101))
                .ok(result(Json.createObjectBuilder().add("access_token", NEW_TOKEN)))
                .ok(error(101));

        assertEquals(ProxyFailure.ACCESS_TOKEN_EXPIRED,
                assertThrows(ProxyException.class, this::connectionStatus).failure());
        assertEquals(3, fixtures.transport.sent().size());
    }

    @Test
    void throwsWhenGetAccessTokenFails() {
        fixtures.transport.ok(error(101)).ok(error(102));

        assertEquals(ProxyFailure.CONSENT_REVOKED, assertThrows(ProxyException.class, this::connectionStatus).failure());
        assertEquals(List.of(), fixtures.session.renewals());
    }

    @Test
    void refusesARenewalWithoutToken() {
        fixtures.transport.ok(error(101)).ok(result(Json.createObjectBuilder().add("access_token", "")));

        assertEquals(ProxyFailure.MALFORMED_ANSWER, assertThrows(ProxyException.class, this::connectionStatus).failure());
        assertEquals(List.of(), fixtures.session.renewals());
    }

    private ConnectionStatus connectionStatus() {
        return fixtures.adapter.connectionStatus(fixtures.session, PERSON);
    }
}
