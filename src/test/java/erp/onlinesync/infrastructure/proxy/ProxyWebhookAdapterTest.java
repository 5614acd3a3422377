package erp.onlinesync.infrastructure.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.WebhookEvent;
import erp.onlinesync.domain.proxy.WebhookMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook's body read as strictly as a proxy answer: the contract's events, anything else malformed. */
class ProxyWebhookAdapterTest {

    private final ProxyWebhookAdapter adapter = new ProxyWebhookAdapter();

    @Test
    void readsEachEventOfTheContract() {
        WebhookMessage consent = adapter.read("{\"client_id\":\"c1\",\"event\":\"consent_expiring_date_updated\","
                + "\"data\":{\"consent_expiring_date\":\"2027-03-01\"}}");
        assertEquals("c1", consent.clientId());
        assertEquals(LocalDate.of(2027, 3, 1),
                assertInstanceOf(WebhookEvent.ConsentExpiringDateUpdated.class, consent.event()).consentExpiringDate());
        assertInstanceOf(WebhookEvent.TransactionsAvailable.class,
                adapter.read("{\"event\":\"transactions_available\",\"data\":{\"account_ids\":[\"a\"]}}").event());
        ProxyException error = assertInstanceOf(WebhookEvent.ConnectionError.class, adapter.read("{\"event\":\"connection_error\","
                + "\"data\":{\"code\":300,\"message\":\"Sign in\\u0000 again\",\"error_reference\":\"R1\",\"mode\":\"reconnect\"}}")
                .event()).error();
        assertEquals(ProxyFailure.USER_ACTION_NEEDED, error.failure());
        assertEquals("Sign in again", error.userMessage());
        assertEquals("reconnect", error.mode());
    }

    @Test
    void aConnectionErrorWithoutCodeIsOneTheModuleDoesNotKnow() {
        WebhookMessage m = adapter.read("{\"event\":\"connection_error\"}");
        assertEquals(ProxyFailure.UNKNOWN_CODE, ((WebhookEvent.ConnectionError) m.event()).error().failure());
        assertNull(m.clientId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1]", "{}", "{\"event\":5}", "{\"event\":\"unknown\"}",
        "{\"event\":\"consent_expiring_date_updated\",\"data\":{\"consent_expiring_date\":\"soon\"}}",
        "{\"event\":\"consent_expiring_date_updated\"}", "{\"event\":\"connection_error\",\"data\":{\"code\":\"300\"}}",
        "{\"event\":\"connection_error\",\"data\":[]}", "{\"client_id\":7,\"event\":\"transactions_available\"}"})
    void anythingElseIsAMalformedBody(String body) {
        ProxyException e = assertThrows(ProxyException.class, () -> adapter.read(body));
        assertEquals(ProxyFailure.MALFORMED_ANSWER, e.failure());
    }
}
