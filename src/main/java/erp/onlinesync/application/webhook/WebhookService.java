package erp.onlinesync.application.webhook;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.run.ErrorEffect;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.crypto.TokenCipher;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.sql.DataSource;

/**
 * The proxy's webhook (contract section 7): checks the call is signed with the link's tokens, fresh
 * and not a replay, then acts on the event. Everything is checked before anything changes: a bad
 * call changes nothing.
 */
@Stateless
public class WebhookService {

    /** The contract path that is signed (without the module's context root). */
    public static final String PATH = "/api/v1/online-sync/webhook";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Inject
    TokenCipher cipher;

    @Inject
    ChatterService chatter;

    @Inject
    SyncRunService runs;

    @Inject
    Clock clock;

    /** Headers of the call as received. */
    public record Signed(String clientId, String accessToken, String timestamp, String signature) {
        @Override
        public String toString() {
            return "Signed[" + clientId + "]";
        }
    }

    /**
     * @throws BadRequestException {@code not-found} for an unknown client id, {@code unauthorized} for a
     *         bad signature, a stale timestamp or a replay, {@code invalid-body} for a body that is not the
     *         contract's
     */
    public void receive(Signed headers, String rawBody) {
        JsonObject body = parse(rawBody);
        String clientId = body.getString("client_id", headers.clientId());
        if (clientId == null || !clientId.equals(headers.clientId())) {
            throw new BadRequestException("unauthorized", "The client id of the body and of the signature differ");
        }
        OnlineLink link = em.createQuery("select l from OnlineLink l where l.clientId = :c", OnlineLink.class)
                .setParameter("c", clientId).getResultStream().findFirst()
                .orElseThrow(() -> new BadRequestException("not-found", "No link with this client id"));
        verify(link, headers, rawBody);
        JsonObject data = body.containsKey("data") && !body.isNull("data") ? body.getJsonObject("data") : Json.createObjectBuilder().build();
        switch (body.getString("event", "")) {
            case "consent_expiring_date_updated" -> updateConsent(link, data);
            case "transactions_available" -> {
                chatter.post(link, null, MessageKind.WEBHOOK, "The proxy says new transactions are available.");
                runs.request(link.getId(), RunTrigger.WEBHOOK, null);
            }
            case "connection_error" -> connectionError(link, data);
            default -> throw new BadRequestException("invalid-body", "Unknown event");
        }
    }

    private void verify(OnlineLink link, Signed headers, String rawBody) {
        long timestamp;
        try {
            timestamp = Long.parseLong(headers.timestamp());
        } catch (NumberFormatException e) {
            throw new BadRequestException("unauthorized", "Missing or malformed timestamp");
        }
        if (!ProxySignature.isFresh(timestamp, Instant.now(clock).getEpochSecond())) {
            throw new BadRequestException("unauthorized", "Stale timestamp");
        }
        Secret access = cipher.open(link.sealedAccessToken());
        if (headers.accessToken() == null || !access.equals(Secret.of(headers.accessToken()))) {
            throw new BadRequestException("unauthorized", "Bad signature");
        }
        String expected = ProxySignature.sign(timestamp, PATH, link.getClientId(), access,
                cipher.open(link.sealedRefreshToken()), rawBody);
        if (!ProxySignature.matches(expected, headers.signature())) {
            throw new BadRequestException("unauthorized", "Bad signature");
        }
        rememberOnce(link.getClientId(), expected);
    }

    /** Refuses a signature seen before; the unique key makes this hold across nodes. */
    private void rememberOnce(String clientId, String signature) {
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("delete from webhook_receipt where received_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(now.minus(Duration.ofSeconds(2 * ProxySignature.MAX_SKEW_SECONDS))));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into webhook_receipt (signature, client_id, received_at)"
                    + " values (?, ?, ?) on conflict do nothing")) {
                insert.setString(1, signature);
                insert.setString(2, clientId);
                insert.setTimestamp(3, Timestamp.from(now));
                if (insert.executeUpdate() == 0) {
                    throw new BadRequestException("unauthorized", "Replayed call");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the webhook call", e);
        }
    }

    private void updateConsent(OnlineLink link, JsonObject data) {
        LocalDate date;
        try {
            date = LocalDate.parse(data.getString("consent_expiring_date"));
        } catch (NullPointerException | ClassCastException | DateTimeParseException e) {
            throw new BadRequestException("invalid-body", "consent_expiring_date must be a date");
        }
        LocalDate old = link.getConsentExpiringDate();
        link.setConsentExpiringDate(date);
        chatter.post(link, null, MessageKind.WEBHOOK, "The proxy updated the consent's expiry date.")
                .track("consent_expiring_date", old, date);
    }

    private void connectionError(OnlineLink link, JsonObject data) {
        int code = data.getInt("code", 0);
        ProxyException e = new ProxyException(ProxyFailure.ofCode(code), code, "webhook connection_error",
                data.getString("message", null), data.getString("error_reference", null), data.getString("mode", null), null);
        ErrorEffect effect = ErrorEffect.of(e);
        if (effect.linkState() != null && effect.linkState() != link.getState()) {
            chatter.post(link, null, MessageKind.TRACKING, "State changed.")
                    .track("state", link.getState().name().toLowerCase(), effect.linkState().name().toLowerCase());
            link.changeState(effect.linkState());
        }
        chatter.post(link, null, MessageKind.WEBHOOK, "The proxy reports a connection error: "
                + (e.userMessage() == null ? "no details" : e.userMessage()) + " " + effect.advice())
                .withError(code, e.errorReference());
    }

    private static JsonObject parse(String rawBody) {
        try {
            return Json.createReader(new StringReader(rawBody)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException("invalid-body", "The body is not a JSON object");
        }
    }
}
