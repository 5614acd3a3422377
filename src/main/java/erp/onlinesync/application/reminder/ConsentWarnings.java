package erp.onlinesync.application.reminder;

import erp.onlinesync.domain.link.ConsentReminder;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.OnlineLinks;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells which links the dashboard warns of: those not disconnected whose consent runs out within
 * {@value ConsentReminder#FIRST} days, the span of the reminders, so the warning shows from the first
 * reminder until the link is reconnected (a renewal moves the date out of the span).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConsentWarnings {

    @Inject
    OnlineLinks links;

    @Inject
    Clock clock;

    /** @return the warning of each such link, by link id; the other links are absent */
    public Map<Long, ConsentWarning> current() {
        LocalDate today = LocalDate.now(clock);
        return links.consentExpiringBetween(today, today.plusDays(ConsentReminder.FIRST)).stream()
                .map(link -> warningOf(link, today)).collect(Collectors.toMap(ConsentWarning::linkId, Function.identity()));
    }

    private static ConsentWarning warningOf(OnlineLink link, LocalDate today) {
        return new ConsentWarning(link.getId(), link.getConsentExpiringDate(), ChronoUnit.DAYS.between(today, link.getConsentExpiringDate()));
    }
}
