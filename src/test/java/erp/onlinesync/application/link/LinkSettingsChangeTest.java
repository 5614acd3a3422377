package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.chatter.TrackedChange;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracking of a settings change: one entry per changed field, values as the API writes them. */
class LinkSettingsChangeTest {

    @Test
    void tracksEachChangedFieldWithOldAndNewApiValues() {
        List<TrackedChange> diff = new LinkSettingsChange(false, StatementPeriodicity.DAY).diff(true, StatementPeriodicity.MONTH);
        assertEquals(2, diff.size());
        assertChange(diff.get(0), "auto_sync", "true", "false");
        assertChange(diff.get(1), "statement_periodicity", "month", "day");
    }

    @Test
    void aFieldSetToItsCurrentValueOrLeftOutIsNotTracked() {
        assertTrue(new LinkSettingsChange(true, StatementPeriodicity.MONTH).diff(true, StatementPeriodicity.MONTH).isEmpty());
        assertTrue(new LinkSettingsChange(null, null).diff(false, StatementPeriodicity.NONE).isEmpty());
        List<TrackedChange> onlyPeriodicity = new LinkSettingsChange(true, StatementPeriodicity.NONE)
                .diff(true, StatementPeriodicity.WEEK);
        assertEquals(1, onlyPeriodicity.size());
        assertChange(onlyPeriodicity.get(0), "statement_periodicity", "week", "none");
    }

    private static void assertChange(TrackedChange c, String field, String oldValue, String newValue) {
        assertEquals(field, c.getField());
        assertEquals(oldValue, c.getOldValue());
        assertEquals(newValue, c.getNewValue());
    }
}
