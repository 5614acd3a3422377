package erp.onlinesync.domain.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule of which reminder is due, with the day moved across a consent's last weeks. */
class ConsentReminderTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 18);

    /** Runs the rule every day from {@code first} to {@code last}, as the daily timer would, recording what it sent. */
    private static String sentDaily(LocalDate first, LocalDate last, Set<LocalDate> missed) {
        Set<Integer> sent = new HashSet<>();
        StringBuilder log = new StringBuilder();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (missed.contains(day)) {
                continue;
            }
            Optional<ConsentReminder> due = ConsentReminder.due(EXPIRY, day, sent);
            if (due.isPresent()) {
                sent.add(due.get().daysBefore());
                log.append(day).append(':').append(due.get().daysBefore()).append(' ');
            }
        }
        return log.toString().trim();
    }

    @Test
    void remindsAtFifteenThreeAndOneDaysEachOnce() {
        assertEquals("2026-12-03:15 2026-12-15:3 2026-12-17:1", sentDaily(EXPIRY.minusDays(40), EXPIRY.plusDays(5), Set.of()));
    }

    @Test
    void aMissedDaySendsOnlyTheMostUrgentReminder() {
        Set<LocalDate> down = Set.of(EXPIRY.minusDays(15), EXPIRY.minusDays(3), EXPIRY.minusDays(2), EXPIRY.minusDays(1));
        assertEquals("2026-12-04:15 2026-12-18:1", sentDaily(EXPIRY.minusDays(20), EXPIRY.plusDays(2), down),
                "the 15-day one a day late; the 3-day one skipped for the 1-day one on the date itself");
        assertEquals("2026-12-17:1", sentDaily(EXPIRY.minusDays(1), EXPIRY, Set.of()), "a link connected a day before: one reminder");
    }

    @Test
    void nothingAfterExpiryNorWithoutADate() {
        assertTrue(ConsentReminder.due(EXPIRY, EXPIRY.plusDays(1), Set.of()).isEmpty());
        assertTrue(ConsentReminder.due(null, EXPIRY, Set.of()).isEmpty());
        assertTrue(ConsentReminder.due(EXPIRY, EXPIRY.minusDays(16), Set.of()).isEmpty(), "not yet");
    }

    @Test
    void theEntrySaysWhenAndWhatToDo() {
        assertEquals("Consent expires on 2026-12-18 (in 15 days): reconnect before then to keep importing.",
                ConsentReminder.due(EXPIRY, EXPIRY.minusDays(15), Set.of()).orElseThrow().entry().body());
        assertEquals("Consent expires on 2026-12-18 (in 1 day): reconnect before then to keep importing.",
                ConsentReminder.due(EXPIRY, EXPIRY.minusDays(1), Set.of(15, 3)).orElseThrow().text());
    }

    @Test
    void warnsFromTheFirstReminderOn() {
        assertFalse(ConsentReminder.warns(EXPIRY, EXPIRY.minusDays(16)));
        assertTrue(ConsentReminder.warns(EXPIRY, EXPIRY.minusDays(15)));
        assertTrue(ConsentReminder.warns(EXPIRY, EXPIRY.plusDays(1)), "a consent run out is still warned of on the link's page");
        assertFalse(ConsentReminder.warns(null, EXPIRY));
    }

    @Test
    void aRenewalContactIsOneWordAndMailedOnlyWhenItIsAnAddress() {
        assertEquals(Optional.of("owner@example.test"), new RenewalContact(" owner@example.test ").mailAddress());
        assertTrue(new RenewalContact("admin").mailAddress().isEmpty());
        for (String bad : new String[] {null, "", "  ", "two words", "x".repeat(RenewalContact.MAX + 1)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new RenewalContact(bad));
            assertTrue(e.getMessage().startsWith("renewal_contact:"), e.getMessage());
        }
    }
}
