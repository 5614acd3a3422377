package erp.onlinesync.application.reminder;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.link.ConsentReminder;
import erp.onlinesync.domain.link.ConsentReminders;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The database steps of the reminders, each in a transaction of its own: a link whose reminder fails rolls
 * back alone. The claim of a reminder ({@link ConsentReminders}) and its chatter message commit together,
 * so a reminder is told exactly once however many nodes try; which one is due is the link's rule
 * ({@link OnlineLink#dueConsentReminder}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConsentReminderSteps {

    @Inject
    OnlineLinks links;

    @Inject
    ConsentReminders reminders;

    @Inject
    ChatterService chatter;

    @Inject
    Clock clock;

    /** @return the ids of the links not disconnected whose consent expires from {@code day} to the first reminder's threshold */
    public List<Long> linksToRemind(LocalDate day) {
        return links.consentExpiringBetween(day, day.plusDays(ConsentReminder.FIRST)).stream().map(OnlineLink::getId).toList();
    }

    /**
     * Posts the reminder due for the link on {@code day}, when no node has posted it yet.
     *
     * @return the reminder posted, to mail after the commit; empty when none is due or another caller posted it
     */
    public Optional<SentReminder> remind(long linkId, LocalDate day) {
        OnlineLink link = links.find(linkId).orElse(null);
        if (link == null || link.getConsentExpiringDate() == null) {
            return Optional.empty();
        }
        Optional<ConsentReminder> due = link.dueConsentReminder(day, reminders.sentFor(linkId, link.getConsentExpiringDate()));
        if (due.isEmpty() || !reminders.claim(linkId, due.get(), Instant.now(clock))) {
            return Optional.empty();
        }
        chatter.post(link, null, due.get().entry());
        return Optional.of(new SentReminder(linkId, link.getName(), link.getRenewalContact(), due.get()));
    }

    /** A note on the link's chatter about its reminder's mail (not sent, refused); nothing when the link is gone. */
    public void note(long linkId, String body) {
        links.find(linkId).ifPresent(link -> chatter.post(link, null, MessageKind.NOTE, body));
    }
}
