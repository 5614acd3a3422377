package erp.onlinesync.infrastructure.ponto;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.infrastructure.proxy.AnswerReader;
import erp.onlinesync.infrastructure.proxy.ProxyJson;
import erp.onlinesync.infrastructure.proxy.RawAnswer;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Ponto Connect's answers turned into the port's typed errors, with the same effects as the proxy's
 * ({@code ErrorEffect}): a refused client (expired authorization, revoked integration) is
 * {@link ProxyFailure#CONSENT_REVOKED} (the link is disconnected, "reconnect in MyPonto"); the bank's
 * 180-day re-authorization and an unpaid MyPonto subscription are {@link ProxyFailure#PROVIDER_UNAVAILABLE}
 * with a message that says what to do in MyPonto; HTTP 429 is {@link ProxyFailure#QUOTA_REACHED} with the
 * time of its {@code Retry-After} (the run waits for it). The JSON:API error codes are Ponto's
 * ({@code errors[].code}); a message never quotes a body, which could hold a token.
 */
final class PontoErrors {

    static final String REVOKED = "MyPonto no longer accepts this integration's Client ID and Client Secret: its"
            + " authorization expired or the integration was revoked. Reconnect in MyPonto (Integrations), then enter"
            + " the new Client Secret with Replace on the link's page.";
    static final String REAUTHORIZE = "The bank's authorization in MyPonto has expired: every 180 days each account"
            + " must be authorized again. Re-authorize it on myponto.com.";
    static final String UNPAID = "MyPonto refuses the data because the organization's subscription is unpaid:"
            + " settle the billing in MyPonto.";
    static final String RATE_LIMITED = "MyPonto limits how often the module may call it.";

    private static final Set<String> REAUTHORIZATION_CODES = Set.of("authorizationExpired", "accountAuthorizationExpired",
            "reauthorizationRequired");
    private static final Set<String> BILLING_CODES = Set.of("paymentRequired", "subscriptionUnpaid", "billingRequired");
    private static final int HTTP_PAYMENT_REQUIRED = 402;
    private static final int HTTP_UNAUTHORIZED = 401;
    private static final int HTTP_TOO_MANY_REQUESTS = 429;
    private static final int CODE_MAX = 100;

    private PontoErrors() {
    }

    /**
     * @return the JSON object of a 2xx answer
     * @throws ProxyException the mapped error of any other answer, {@link ProxyFailure#MALFORMED_ANSWER} for a
     *         2xx that is not a JSON object
     */
    static AnswerReader result(String path, RawAnswer answer, Instant now) {
        if (answer.status() / 100 == 2) {
            JsonObject object = object(answer.body());
            if (object == null) {
                throw ProxyException.of(ProxyFailure.MALFORMED_ANSWER, "Ponto Connect " + path + " answered no JSON object");
            }
            return new AnswerReader(object, "Ponto " + path);
        }
        throw error(path, answer, now);
    }

    static ProxyException revoked(String path, int status) {
        return new ProxyException(ProxyFailure.CONSENT_REVOKED, ProxyFailure.CONSENT_REVOKED.code(),
                "Ponto Connect refused the client at " + path + " (HTTP " + status + ")", REVOKED, null, null, null);
    }

    /** @return the error of a failed synchronization, from its {@code errors[].code}; null when it is not the account's fault */
    static ProxyException ofSynchronization(String resourceId, List<String> codes) {
        return codes.stream().map(code -> known("synchronization of " + resourceId, code)).filter(e -> e != null)
                .findFirst().orElse(null);
    }

    private static ProxyException error(String path, RawAnswer answer, Instant now) {
        if (answer.status() == HTTP_TOO_MANY_REQUESTS) {
            Duration wait = seconds(answer.retryAfter());
            return new ProxyException(ProxyFailure.QUOTA_REACHED, ProxyFailure.QUOTA_REACHED.code(),
                    "Ponto Connect rate-limited " + path, RATE_LIMITED, null, null, wait == null ? null : now.plus(wait));
        }
        if (answer.status() >= 500) {
            return ProxyException.of(ProxyFailure.TRANSPORT, "Ponto Connect " + path + " answered HTTP " + answer.status());
        }
        if (answer.status() == HTTP_PAYMENT_REQUIRED) {
            return unpaid(path);
        }
        String code = firstCode(answer.body());
        ProxyException known = code == null ? null : known(path, code);
        if (known != null) {
            return known;
        }
        if (answer.status() == HTTP_UNAUTHORIZED) {
            return revoked(path, answer.status());
        }
        return new ProxyException(ProxyFailure.BAD_REQUEST, ProxyFailure.BAD_REQUEST.code(), "Ponto Connect refused "
                + path + " (HTTP " + answer.status() + (code == null ? "" : ", " + code) + ")", null, null, null, null);
    }

    private static ProxyException known(String where, String code) {
        if (REAUTHORIZATION_CODES.contains(code)) {
            return new ProxyException(ProxyFailure.PROVIDER_UNAVAILABLE, ProxyFailure.PROVIDER_UNAVAILABLE.code(),
                    "Ponto Connect: " + code + " at " + where, REAUTHORIZE, null, null, null);
        }
        return BILLING_CODES.contains(code) ? unpaid(where) : null;
    }

    private static ProxyException unpaid(String where) {
        return new ProxyException(ProxyFailure.PROVIDER_UNAVAILABLE, ProxyFailure.PROVIDER_UNAVAILABLE.code(),
                "Ponto Connect: subscription unpaid at " + where, UNPAID, null, null, null);
    }

    /** @return the first {@code errors[].code} (or OAuth2's {@code error}), cleaned, or null */
    private static String firstCode(String body) {
        JsonObject object = object(body);
        if (object == null) {
            return null;
        }
        try {
            AnswerReader r = new AnswerReader(object, "error");
            if (r.optionalSingleLine("error", CODE_MAX) != null) {
                return r.optionalSingleLine("error", CODE_MAX);
            }
            return r.optionalObjects("errors").stream().map(e -> e.optionalSingleLine("code", CODE_MAX))
                    .filter(c -> c != null).findFirst().orElse(null);
        } catch (ProxyException e) {
            return null; // an error body of another shape: the status alone decides
        }
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return ProxyJson.parse(body) instanceof JsonObject o ? o : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return retryAfter == null ? null : Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
