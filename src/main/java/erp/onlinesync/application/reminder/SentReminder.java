package erp.onlinesync.application.reminder;

import erp.onlinesync.domain.link.ConsentReminder;
import erp.onlinesync.domain.link.RenewalContact;
import java.util.Optional;

/**
 * A reminder committed with its chatter message, to be mailed after the commit.
 *
 * @param contact the link's renewal contact, empty for a link older than the field
 */
public record SentReminder(long linkId, String linkName, Optional<RenewalContact> contact, ConsentReminder reminder) {

    /** @return the mail's subject, naming the link and the date */
    public String subject() {
        return "Online synchronization: the consent of " + linkName + " expires on " + reminder.expiryDate();
    }

    /** @return the mail's plain text */
    public String body() {
        return "Bank link: " + linkName + "\n\n" + reminder.text() + "\n\nReconnect it from the dashboard of Online"
                + " Synchronization (the Reconnect button on its card) or from the link's page.\n";
    }
}
