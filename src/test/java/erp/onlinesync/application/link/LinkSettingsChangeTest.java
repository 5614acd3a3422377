package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.chatter.TrackedChange;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.link.RenewalContact;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tracking of a settings change: one entry per changed field, values as the API writes them. */
class LinkSettingsChangeTest {

    private static final Optional<RenewalContact> NO_CONTACT = Optional.empty();

    @Test
    void tracksEachChangedFieldWithOldAndNewApiValues() {
        List<TrackedChange> diff = new LinkSettingsChange(false, StatementPeriodicity.DAY).diff(true, StatementPeriodicity.MONTH, NO_CONTACT);
        assertEquals(2, diff.size());
        assertChange(diff.get(0), "auto_sync", "true", "false");
        assertChange(diff.get(1), "statement_periodicity", "month", "day");
    }

    @Test
    void aFieldSetToItsCurrentValueOrLeftOutIsNotTracked() {
        assertTrue(new LinkSettingsChange(true, StatementPeriodicity.MONTH).diff(true, StatementPeriodicity.MONTH, NO_CONTACT).isEmpty());
        assertTrue(new LinkSettingsChange(null, null).diff(false, StatementPeriodicity.NONE, NO_CONTACT).isEmpty());
        List<TrackedChange> onlyPeriodicity = new LinkSettingsChange(true, StatementPeriodicity.NONE)
                .diff(true, StatementPeriodicity.WEEK, NO_CONTACT);
        assertEquals(1, onlyPeriodicity.size());
        assertChange(onlyPeriodicity.get(0), "statement_periodicity", "week", "none");
    }

    @Test
    void theRenewalContactIsTrackedWhenItChanges() {
        List<TrackedChange> first = new LinkSettingsChange(null, null, new RenewalContact(" owner@example.test "))
                .diff(true, StatementPeriodicity.MONTH, Optional.of(new RenewalContact("admin")));
        assertEquals(1, first.size());
        assertChange(first.get(0), "renewal_contact", "admin", "owner@example.test");
        assertTrue(new LinkSettingsChange(null, null, new RenewalContact("admin"))
                .diff(true, StatementPeriodicity.MONTH, Optional.of(new RenewalContact("admin"))).isEmpty(), "unchanged");
        assertChange(new LinkSettingsChange(null, null, new RenewalContact("admin")).diff(true, StatementPeriodicity.MONTH,
                NO_CONTACT).get(0), "renewal_contact", null, "admin");
    }

    private static void assertChange(TrackedChange c, String field, String oldValue, String newValue) {
        assertEquals(field, c.getField());
        assertEquals(oldValue, c.getOldValue());
        assertEquals(newValue, c.getNewValue());
    }
}
