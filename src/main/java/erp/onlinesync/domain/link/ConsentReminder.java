package erp.onlinesync.domain.link;

import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A reminder that a link's consent runs out, as the reference product sends them: {@value #FIRST} days, 3
 * days and 1 day before the expiry date, each once for that date (a renewed consent has a new date, whose
 * reminders start afresh).
 * <p>
 * The rule ({@link #due}): on a day, the reminder due is the one of the smallest threshold at or above the
 * days left. A day missed (a server down) sends only that most urgent one, never the earlier ones too, and
 * once it is sent the larger thresholds are past: nothing more until the next threshold. Nothing after the
 * expiry date; on the date itself the 1-day reminder still goes when it was missed.
 *
 * @param expiryDate the consent's last day
 * @param daysBefore the threshold this reminder is for, one of {@link #DAYS_BEFORE}
 * @param daysLeft days from the day it is sent to the expiry date, 0 on the date itself
 */
public record ConsentReminder(LocalDate expiryDate, int daysBefore, long daysLeft) {

    /** The first reminder, and the dashboard's warning from then on. */
    public static final int FIRST = 15;
    /** The thresholds, smallest first. */
    public static final List<Integer> DAYS_BEFORE = List.of(1, 3, FIRST);

    /**
     * @param expiry the consent's expiry date, or null when the proxy gave none
     * @param sent the thresholds already sent for this expiry date
     * @return the reminder to send today, or empty when none is due
     */
    public static Optional<ConsentReminder> due(LocalDate expiry, LocalDate today, Set<Integer> sent) {
        if (expiry == null || today.isAfter(expiry)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, expiry);
        Optional<Integer> threshold = DAYS_BEFORE.stream().filter(t -> t >= daysLeft).findFirst();
        if (threshold.isEmpty() || sent.stream().anyMatch(s -> s <= threshold.get())) {
            return Optional.empty();
        }
        return Optional.of(new ConsentReminder(expiry, threshold.get(), daysLeft));
    }

    /** @return whether a consent expiring on {@code expiry} is warned of today: from the first reminder on, and once run out */
    public static boolean warns(LocalDate expiry, LocalDate today) {
        return expiry != null && ChronoUnit.DAYS.between(today, expiry) <= FIRST;
    }

    /** @return the chatter entry telling of it, e.g. "Consent expires on 2026-12-18 (in 15 days): reconnect ..." */
    public ChatterEntry entry() {
        return ChatterEntry.of(MessageKind.NOTE, text());
    }

    /** @return the reminder as one sentence, for the chatter and the mail */
    public String text() {
        return "Consent expires on " + expiryDate + " (" + when() + "): reconnect before then to keep importing.";
    }

    private String when() {
        if (daysLeft == 0) {
            return "today";
        }
        return "in " + daysLeft + (daysLeft == 1 ? " day" : " days");
    }
}
