package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.AccountPage;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ConnectMode;
import erp.onlinesync.domain.proxy.ConnectionStatus;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.shared.Installation;
import erp.onlinesync.domain.shared.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The {@link SyncProxy} port over an odoofin-style synchronization proxy: the one class that knows
 * the wire contract {@code proxy-api.md}. Per call it writes the body ({@link RequestEnvelope}),
 * signs it ({@link ProxySignature}, timestamp from the injected {@link Clock}), sends it with the
 * bounded retry of transport faults ({@link TransportRetry}), turns an error envelope into a
 * {@link ProxyException} ({@link ProxyErrors}) and a result into the port's values, validated
 * ({@link ProxyResults}).
 * <p>
 * Code 101 (access token expired): {@code get_access_token} is called, signed with the expired
 * token; the new token is handed to {@link ProxySession#renewAccessToken} before anything else,
 * because the proxy stops accepting the old one as soon as it answers; then the failed call is sent
 * once more with the new token. A second 101 is thrown like any error.
 * <p>
 * Secrets: the tokens leave this class only in the {@code X-Sync-*} headers. No message or log of
 * this package holds a token, a signature or a request body; they name the path, the code and the
 * error reference.
 * <p>
 * {@code next_data} is opaque: the adapter returns it as JSON text and, given it back, sends the
 * parsed value, JSON-equal to what the proxy sent, with the other fields of the query unchanged.
 */
@ApplicationScoped
@Typed(OdoofinProxyAdapter.class) // the engine's SyncProxy routes to it (infrastructure/routing)
public class OdoofinProxyAdapter implements SyncProxy {

    static final String CONNECT_PATH = "/connect";
    private static final Map<String, String> UNSIGNED = Map.of();

    /** A signed call that meets 101 is three calls: the call, {@code get_access_token}, the call again. */
    private static final int CALLS_WITH_RENEWAL = 3;

    private final TransportRetry retry;
    private final RequestEnvelope envelope;
    private final Clock clock;
    private final String baseUrl;
    private final Duration longestCall;

    @Inject
    public OdoofinProxyAdapter(ProxyTransport transport, Clock clock, Config config, Installation installation) {
        this(transport, clock, ProxySettings.from(config), installation::id, TransportRetry.THREAD_SLEEP);
    }

    /**
     * @param settings the base URL (for the connect page) and the read timeout ({@code request_timeout})
     * @param dbUuid the installation id, asked at each call (a neutralized database changes it)
     * @param sleeper waits between retries
     */
    OdoofinProxyAdapter(ProxyTransport transport, Clock clock, ProxySettings settings, Supplier<String> dbUuid,
            TransportRetry.Sleeper sleeper) {
        this.retry = new TransportRetry(transport, sleeper, clock, settings.maxRetryWait());
        this.envelope = new RequestEnvelope(settings.readTimeout(), ModuleVersion.get(), dbUuid);
        this.clock = clock;
        this.baseUrl = settings.baseUrl();
        this.longestCall = TransportRetry.longestSend(settings.connectTimeout().plus(settings.readTimeout()),
                settings.maxRetryWait()).multipliedBy(CALLS_WITH_RENEWAL);
    }

    /** For the CDI client proxy only: the bean itself is built by the constructors above. */
    protected OdoofinProxyAdapter() {
        this.retry = null;
        this.envelope = null;
        this.clock = null;
        this.baseUrl = null;
        this.longestCall = null;
    }

    @Override
    public Duration longestCall() {
        return longestCall;
    }

    @Override
    public List<Institution> institutions(String country, String query, int limit, CallContext context) {
        JsonObjectBuilder data = ProxyJson.object();
        if (country != null) {
            data.add("country", country);
        }
        if (query != null) {
            data.add("query", query);
        }
        data.add("limit", limit);
        return ProxyResults.institutions(unsigned(ProxyRestClient.INSTITUTIONS, data.build(), context));
    }

    /** @throws IllegalArgumentException when a mode other than {@code link} comes without a client id */
    @Override
    public URI connectUrl(ConnectMode mode, String institutionId, String clientId, URI returnUrl, String state,
            String lang) {
        if (mode != ConnectMode.LINK && clientId == null) {
            throw new IllegalArgumentException(
                    "Mode " + mode.wireName() + " renews an existing link: it needs its client id");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("mode", mode.wireName());
        query.put("institution_id", Objects.requireNonNull(institutionId, "institutionId"));
        if (clientId != null) {
            query.put("client_id", clientId);
        }
        query.put("return_url", returnUrl.toString());
        query.put("state", Objects.requireNonNull(state, "state"));
        query.put("lang", lang == null ? RequestEnvelope.DEFAULT_LANG : lang);
        return URI.create(baseUrl + CONNECT_PATH + "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    @Override
    public TokenGrant exchangeToken(String exchangeToken, CallContext context) {
        JsonObject data = ProxyJson.object().add("exchange_token", exchangeToken).build();
        return ProxyResults.tokenGrant(unsigned(ProxyRestClient.EXCHANGE_TOKEN, data, context));
    }

    @Override
    public AccountPage accounts(ProxySession session, String nextData, CallContext context) {
        JsonObject data = ProxyJson.object().add("next_data", opaque(nextData)).build();
        return ProxyResults.accountPage(signed(session, ProxyRestClient.ACCOUNTS, data, context));
    }

    @Override
    public RefreshResult refresh(ProxySession session, String accountId, CallContext context) {
        JsonObject data = ProxyJson.object().add("account_id", accountId).build();
        return ProxyResults.refreshResult(signed(session, ProxyRestClient.REFRESH, data, context));
    }

    @Override
    public TransactionPage transactions(ProxySession session, TransactionQuery query, CallContext context) {
        JsonObjectBuilder data = ProxyJson.object()
                .add("account_id", query.accountId())
                .add("status", query.status().wireName());
        ProxyJson.addOrNull(data, "start_date", query.startDate() == null ? null : query.startDate().toString());
        ProxyJson.addOrNull(data, "last_transaction_identifier", query.lastTransactionIdentifier());
        ProxyJson.addOrNull(data, "currency_code", query.currencyCode());
        data.add("next_data", opaque(query.nextData()));
        return ProxyResults.transactionPage(signed(session, ProxyRestClient.TRANSACTIONS, data.build(), context));
    }

    @Override
    public ConnectionStatus connectionStatus(ProxySession session, CallContext context) {
        return ProxyResults.connectionStatus(
                signed(session, ProxyRestClient.CONNECTION_STATUS, JsonValue.EMPTY_JSON_OBJECT, context));
    }

    @Override
    public void deleteUser(ProxySession session, CallContext context) {
        ProxyResults.deletion(signed(session, ProxyRestClient.DELETE_USER, JsonValue.EMPTY_JSON_OBJECT, context));
    }

    private AnswerReader unsigned(String path, JsonObject data, CallContext context) {
        String body = envelope.body(data, context);
        return result(path, retry.send(path, () -> UNSIGNED, body));
    }

    /** A signed call; on code 101 renews the access token and sends the call once more. */
    private AnswerReader signed(ProxySession session, String path, JsonObject data, CallContext context) {
        Secret accessToken = session.accessToken();
        try {
            return signedOnce(session, accessToken, path, data, context);
        } catch (ProxyException e) {
            if (e.failure() != ProxyFailure.ACCESS_TOKEN_EXPIRED) {
                throw e;
            }
            return signedOnce(session, renewAccessToken(session, accessToken, context), path, data, context);
        }
    }

    /** Asks for a new access token with the expired one, and stores it before it is used. */
    private Secret renewAccessToken(ProxySession session, Secret expired, CallContext context) {
        Secret renewed = ProxyResults.accessToken(
                signedOnce(session, expired, ProxyRestClient.GET_ACCESS_TOKEN, JsonValue.EMPTY_JSON_OBJECT, context));
        session.renewAccessToken(renewed);
        return renewed;
    }

    private AnswerReader signedOnce(ProxySession session, Secret accessToken, String path, JsonObject data,
            CallContext context) {
        String body = envelope.body(data, context);
        return result(path, retry.send(path, () -> signatureHeaders(session, accessToken, path, body), body));
    }

    /** The four headers of contract section 2, with the timestamp of this very attempt. */
    private Map<String, String> signatureHeaders(ProxySession session, Secret accessToken, String path, String body) {
        long timestamp = clock.instant().getEpochSecond();
        String signature = ProxySignature.sign(timestamp, path, session.clientId(), accessToken,
                session.refreshToken(), body);
        return Map.of(ProxySignature.CLIENT_ID, session.clientId(), ProxySignature.ACCESS_TOKEN, accessToken.reveal(),
                ProxySignature.TIMESTAMP, Long.toString(timestamp), ProxySignature.SIGNATURE, signature);
    }

    /** @throws ProxyException the mapped error when the envelope holds one */
    private static AnswerReader result(String path, JsonObject answer) {
        if (answer.get("error") instanceof JsonObject error) {
            throw ProxyErrors.toException(path, error);
        }
        return new AnswerReader(answer.getJsonObject("result"), path + " result");
    }

    /**
     * @param nextData opaque JSON text from an earlier page, or null for the first page
     * @throws IllegalArgumentException when the text is not JSON (it did not come from this adapter)
     */
    private static JsonValue opaque(String nextData) {
        if (nextData == null) {
            return JsonValue.NULL;
        }
        try {
            return ProxyJson.parse(nextData);
        } catch (JsonException e) {
            throw new IllegalArgumentException("next_data is not the JSON text this adapter returned");
        }
    }

    /** Percent-encoding for a query component; a space becomes {@code %20}, not the form encoding's {@code +}. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
