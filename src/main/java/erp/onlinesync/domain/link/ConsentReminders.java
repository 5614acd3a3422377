package erp.onlinesync.domain.link;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The consent reminders sent, each once per link, expiry date and threshold across all nodes. Both methods
 * join the caller's transaction, so a reminder counts as sent exactly when its chatter message is committed:
 * <pre>{@code
 * if (reminders.claim(link.getId(), reminder, now)) {
 *     chatter.post(link, null, reminder.entry()); // same transaction
 * }
 * }</pre>
 */
public interface ConsentReminders {

    /** @return the thresholds ({@link ConsentReminder#daysBefore}) already sent for the link and expiry date */
    Set<Integer> sentFor(long linkId, LocalDate expiryDate);

    /**
     * Claims the reminder for this caller. A second caller for the same link, date and threshold, on any
     * node, waits for the first one's transaction and then gets false.
     *
     * @return true for exactly one caller: that caller sends the reminder
     */
    boolean claim(long linkId, ConsentReminder reminder, Instant at);
}
