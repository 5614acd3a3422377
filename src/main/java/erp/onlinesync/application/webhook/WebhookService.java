package erp.onlinesync.application.webhook;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.link.SyncSchedule;
import erp.onlinesync.application.link.LinkSessions;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.WebhookCall;
import erp.onlinesync.domain.proxy.WebhookReceipts;
import erp.onlinesync.domain.proxy.ProxyWebhooks;
import erp.onlinesync.domain.proxy.WebhookEvent;
import erp.onlinesync.domain.proxy.WebhookMessage;
import erp.onlinesync.domain.run.ErrorEffect;
import erp.onlinesync.domain.run.RunTrigger;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The proxy's webhook (contract section 7): checks the call is signed with the link's tokens, fresh
 * and not a replay, then acts on the event. Everything is checked before anything changes: a bad
 * call changes nothing.
 */
@Stateless
public class WebhookService {

    /** How long a received signature is kept: twice the clock skew the signature check allows. */
    public static final Duration REPLAY_WINDOW = Duration.ofSeconds(600);

    @Inject
    OnlineLinks links;

    @Inject
    LinkSessions sessions;

    @Inject
    ProxyWebhooks webhooks;

    @Inject
    WebhookReceipts receipts;

    @Inject
    SyncSchedule schedule;

    @Inject
    ChatterService chatter;

    @Inject
    SyncRunService runs;

    @Inject
    Clock clock;

    /**
     * @throws BadRequestException {@code unauthorized} for an unknown client id (the same answer as a
     *         bad signature, so a caller cannot probe which client ids exist), a bad signature, a stale
     *         timestamp or a replay, {@code invalid-body} for a body that is not the contract's
     */
    public void receive(WebhookCall headers, String rawBody) {
        WebhookMessage message;
        try {
            message = webhooks.read(rawBody);
        } catch (ProxyException malformed) {
            throw new BadRequestException("invalid-body", malformed.getMessage());
        }
        String clientId = message.clientId() == null ? headers.clientId() : message.clientId();
        if (clientId == null || !clientId.equals(headers.clientId())) {
            throw new BadRequestException("unauthorized", "The client id of the body and of the signature differ");
        }
        OnlineLink link = links.findByClientId(clientId).orElseThrow(() -> new BadRequestException("unauthorized", "The signature does not match"));
        verify(link, headers, rawBody);
        WebhookEvent event = message.event();
        if (event instanceof WebhookEvent.ConsentExpiringDateUpdated consent) {
            updateConsent(link, consent.consentExpiringDate());
        } else if (event instanceof WebhookEvent.ConnectionError error) {
            connectionError(link, error.error());
        } else {
            chatter.post(link, null, MessageKind.WEBHOOK, "The proxy says new transactions are available.");
            runs.request(link.getId(), RunTrigger.WEBHOOK, null);
        }
    }

    private void verify(OnlineLink link, WebhookCall headers, String rawBody) {
        Instant now = Instant.now(clock);
        webhooks.refusal(headers, sessions.open(link), rawBody, now).ifPresent(why -> {
            throw new BadRequestException("unauthorized", why);
        });
        if (!receipts.firstSeen(link.getClientId(), headers.signature().toLowerCase(Locale.ROOT), now, now.minus(REPLAY_WINDOW))) {
            throw new BadRequestException("unauthorized", "Replayed call");
        }
    }

    private void updateConsent(OnlineLink link, LocalDate date) {
        LocalDate old = link.getConsentExpiringDate();
        link.setConsentExpiringDate(date);
        chatter.post(link, null, MessageKind.WEBHOOK, "The proxy updated the consent's expiry date.")
                .track("consent_expiring_date", old, date);
    }

    private void connectionError(OnlineLink link, ProxyException e) {
        ErrorEffect effect = ErrorEffect.of(e);
        chatter.post(link, null, MessageKind.WEBHOOK, "The proxy reports a connection error.");
        chatter.postAll(link, null, link.runFailed(effect.forLink(e.code(), e.userMessage(), e.errorReference(), null),
                true, Instant.now(clock), schedule.get()));
    }
}
