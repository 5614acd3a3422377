package erp.onlinesync.application.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.run.NodeName;
import erp.onlinesync.application.run.fakes.Engine;
import erp.onlinesync.application.run.fakes.Ids;
import erp.onlinesync.application.run.fakes.InMemoryJobPeriods;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.RenewalContact;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reminders over the engine's fakes, two nodes sharing the database, the module clock moved day by day
 * across the consent's last weeks: each reminder once in the chatter and once by mail, whatever fires.
 */
class ConsentReminderJobTest {

    private static final String OWNER = "owner@example.test";

    private final Engine engine = new Engine();
    private final InMemoryJobPeriods periods = new InMemoryJobPeriods();
    private final InMemoryConsentReminders reminders = new InMemoryConsentReminders();
    private final RecordingMailer mailer = new RecordingMailer();
    private final ConsentReminderSteps steps = new ConsentReminderSteps();
    private final LocalDate today = LocalDate.ofInstant(Engine.START, ZoneOffset.UTC);
    private final LocalDate expiry = today.plusDays(20);

    ConsentReminderJobTest() {
        ChatterService chatter = new ChatterService();
        Ids.set(chatter, "log", engine.chatterLog);
        Ids.set(chatter, "clock", engine.clock);
        Ids.set(steps, "links", engine.links);
        Ids.set(steps, "reminders", reminders);
        Ids.set(steps, "chatter", chatter);
        Ids.set(steps, "clock", engine.clock);
        engine.link.setConsentExpiringDate(expiry);
        engine.link.configure(null, null, new RenewalContact(OWNER));
    }

    /** The job as one node runs it. */
    private ConsentReminderJob node(String name) {
        ConsentReminderJob job = new ConsentReminderJob();
        Ids.set(job, "periods", periods);
        Ids.set(job, "node", new NodeName(Optional.of(name)));
        Ids.set(job, "steps", steps);
        Ids.set(job, "mailer", mailer);
        Ids.set(job, "clock", engine.clock);
        return job;
    }

    /** Every day up to a day after the expiry: both nodes' timers fire, and an admin runs the job by hand too. */
    private void everyDayUntilAfterExpiry(ConsentReminderJob... nodes) {
        for (LocalDate day = today; !day.isAfter(expiry.plusDays(1)); day = day.plusDays(1)) {
            for (ConsentReminderJob node : nodes) {
                node.runFor(day);
                node.sendDue(day);
            }
            engine.clock.advance(Duration.ofDays(1));
        }
    }

    private List<String> notes() {
        return engine.chatterLog.of(ChatterService.LINK, engine.link.getId(), 0, 1000).stream().map(ChatterMessage::getBody)
                .filter(b -> b.startsWith("Consent expires") || b.contains("mail")).toList();
    }

    @Test
    void remindsAtFifteenThreeAndOneDaysOnceEachAcrossTwoNodes() {
        everyDayUntilAfterExpiry(node("node-a"), node("node-b"));

        assertEquals(List.of("Consent expires on " + expiry + " (in 15 days): reconnect before then to keep importing.",
                "Consent expires on " + expiry + " (in 3 days): reconnect before then to keep importing.",
                "Consent expires on " + expiry + " (in 1 day): reconnect before then to keep importing."), notes());
        assertEquals(3, mailer.sent.size());
        assertTrue(mailer.sent.stream().allMatch(m -> m.to().equals(OWNER) && m.subject().contains(engine.link.getName())
                && m.subject().contains(expiry.toString())), mailer.sent.toString());
        assertTrue(mailer.sent.get(1).body().contains("(in 3 days)"), mailer.sent.get(1).body());
    }

    @Test
    void aRenewedConsentIsRemindedAfresh() {
        ConsentReminderJob job = node("node-a");
        assertEquals(1, job.sendDue(expiry.minusDays(1)), "a link connected late gets the most urgent reminder only");
        engine.link.setConsentExpiringDate(expiry.plusDays(30));
        assertEquals(0, job.sendDue(expiry.minusDays(1)), "the new date is far off");
        assertEquals(1, job.sendDue(expiry.plusDays(15)));
        assertEquals(2, mailer.sent.size());
    }

    @Test
    void aRefusedMailIsNotedOnceAndTheReminderStillCounts() {
        mailer.refusing = true;
        ConsentReminderJob job = node("node-a");
        assertEquals(1, job.sendDue(expiry.minusDays(15)));
        assertEquals(0, job.sendDue(expiry.minusDays(15)), "no second try, no mail storm");
        assertEquals(List.of("Consent expires on " + expiry + " (in 15 days): reconnect before then to keep importing.",
                "The reminder mail to " + OWNER + " could not be sent: AuthenticationFailedException: 535 authentication failed"),
                notes());
    }

    @Test
    void withoutAMailServerTheChatterAloneTells() {
        mailer.configured = false;
        node("node-a").sendDue(expiry.minusDays(3));
        assertEquals(1, notes().size(), notes().toString());
        assertTrue(mailer.sent.isEmpty());
    }

    @Test
    void aUserNameAsContactIsToldToGetAnAddress() {
        engine.link.configure(null, null, new RenewalContact("admin"));
        node("node-a").sendDue(expiry.minusDays(3));
        assertEquals("No reminder mail: the renewal contact admin is not a mail address. Set one in the link's settings.",
                notes().get(1));
        assertTrue(mailer.sent.isEmpty());
    }

    @Test
    void aLinkWithoutContactIsToldToGetOne() {
        OnlineLink older = engine.links.add(new OnlineLink(engine.link.getCompany(), "Older Bank", "old", "Older Bank", "ponto",
                Engine.START));
        older.setConsentExpiringDate(expiry);
        node("node-a").sendDue(expiry.minusDays(3));
        assertEquals(List.of("Consent expires on " + expiry + " (in 3 days): reconnect before then to keep importing.",
                "No reminder mail: the link has no renewal contact. Set one in the link's settings."),
                engine.chatterLog.of(ChatterService.LINK, older.getId(), 0, 10).stream().map(ChatterMessage::getBody).toList());
        assertEquals(1, mailer.sent.size(), "the engine's link, which has a contact, is mailed");
    }

    @Test
    void aDisconnectedLinkIsNotReminded() {
        engine.link.disconnected();
        everyDayUntilAfterExpiry(node("node-a"));
        assertTrue(notes().isEmpty(), notes().toString());
        assertTrue(mailer.sent.isEmpty());
    }
}
