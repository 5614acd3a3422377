package erp.onlinesync.application.reminder;

import erp.onlinesync.application.run.NodeName;
import erp.onlinesync.domain.link.RenewalContact;
import erp.onlinesync.domain.shared.JobPeriods;
import erp.onlinesync.domain.shared.MailFailure;
import erp.onlinesync.domain.shared.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The consent reminders of a day: for each link whose consent runs out within
 * {@value erp.onlinesync.domain.link.ConsentReminder#FIRST} days, the reminder due
 * ({@link erp.onlinesync.domain.link.ConsentReminder}) as a chatter message on the link, then a mail to its
 * renewal contact when a mail server is configured and the contact is a mail address.
 * <p>
 * Once: the timer's firing claims the day ({@link JobPeriods}) so one node scans the links, and each
 * reminder is claimed with its message ({@link ConsentReminderSteps#remind}), so a second firing, a second
 * node or an admin's run sends nothing twice. A mail that fails is logged and noted in the chatter; the
 * reminder still counts as sent (no mail storm from a broken server, and the chatter and the dashboard
 * tell anyway). A link whose reminder fails is logged and the job goes on with the next; the next run
 * sends what is then due.
 */
@ApplicationScoped
public class ConsentReminderJob {

    /** The job's name in {@code scheduled_job_run}. */
    public static final String JOB = "consent-reminders";

    private static final Logger LOG = Logger.getLogger(ConsentReminderJob.class.getName());

    @Inject
    JobPeriods periods;

    @Inject
    NodeName node;

    @Inject
    ConsentReminderSteps steps;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /**
     * The timer's run: sends the day's reminders when this node wins the day's claim.
     *
     * @return how many reminders were sent, or empty when another node has the day
     */
    public Optional<Integer> runFor(LocalDate day) {
        if (!periods.claim(JOB, day.toString(), node.name(), Instant.now(clock))) {
            LOG.fine(() -> "Another node sends the consent reminders of " + day);
            return Optional.empty();
        }
        int sent = sendDue(day);
        LOG.info(() -> "Consent reminders of " + day + " on " + node.name() + ": " + sent + " sent");
        return Optional.of(sent);
    }

    /**
     * Sends the reminders due on {@code day} that nobody sent yet; any number of calls on any nodes send each
     * reminder once.
     *
     * @return how many reminders this call sent
     */
    public int sendDue(LocalDate day) {
        int sent = 0;
        for (Long linkId : steps.linksToRemind(day)) {
            try {
                Optional<SentReminder> reminder = steps.remind(linkId, day);
                if (reminder.isPresent()) {
                    sent++;
                    mail(reminder.get());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The consent reminder of link " + linkId + " failed; the next run tries again", e);
            }
        }
        return sent;
    }

    private void mail(SentReminder reminder) {
        if (!mailer.configured()) {
            return;
        }
        Optional<String> to = reminder.contact().flatMap(RenewalContact::mailAddress);
        if (to.isEmpty()) {
            steps.note(reminder.linkId(), "No reminder mail: " + reminder.contact().map(c -> "the renewal contact " + c.value()
                    + " is not a mail address").orElse("the link has no renewal contact") + ". Set one in the link's settings.");
            return;
        }
        try {
            mailer.send(to.get(), reminder.subject(), reminder.body());
        } catch (MailFailure e) {
            LOG.warning(() -> "The reminder mail of link " + reminder.linkId() + " to " + to.get() + " failed: " + e.getMessage());
            steps.note(reminder.linkId(), "The reminder mail to " + to.get() + " could not be sent: " + e.getMessage());
        }
    }
}
