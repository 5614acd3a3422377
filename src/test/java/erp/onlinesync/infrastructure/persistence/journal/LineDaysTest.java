package erp.onlinesync.infrastructure.persistence.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import erp.onlinesync.domain.journal.LineCounts.Seek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The walk from a page's offset to its day, checked against the plain offset over the same lines:
 * every offset, both orders, a filtered window, past the end and no day at all.
 */
class LineDaysTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 4, 1);
    /** 3 lines on D1, 1 on D1+1, none on D1+2, 5 on D1+3. */
    private static final LineDays DAYS = new LineDays(List.of(new LineDays.Day(D1, 3), new LineDays.Day(D1.plusDays(1), 1),
            new LineDays.Day(D1.plusDays(3), 5)));

    @Test
    void everyOffsetLandsOnTheLineThePlainOffsetWould() {
        List<LocalDate> oldestFirst = lines(DAYS);
        List<LocalDate> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        for (int offset = 0; offset < oldestFirst.size(); offset++) {
            Seek up = DAYS.seek(FROM, TO, offset, false);
            assertEquals(oldestFirst.get(offset), up.from(), "oldest first, offset " + offset);
            assertEquals(TO, up.to());
            assertEquals(oldestFirst.get(offset), lines(DAYS, up).get(up.offset()), "the line skipped to, offset " + offset);

            Seek down = DAYS.seek(FROM, TO, offset, true);
            assertEquals(newestFirst.get(offset), down.to(), "newest first, offset " + offset);
            assertEquals(FROM, down.from());
            assertEquals(offset - newestFirst.indexOf(down.to()), down.offset(), "skipped inside the day, offset " + offset);
        }
        assertEquals(9, DAYS.total());
    }

    @Test
    void pastTheEndSkipsMoreThanTheLastDayHolds() {
        assertEquals(new Seek(D1.plusDays(3), TO, 5), DAYS.seek(FROM, TO, 9, false));
        assertEquals(new Seek(D1.plusDays(3), TO, 96), DAYS.seek(FROM, TO, 100, false));
        assertEquals(new Seek(FROM, D1, 3), DAYS.seek(FROM, TO, 9, true));
    }

    @Test
    void noDaySeeksNothing() {
        LineDays none = new LineDays(List.of());
        assertEquals(new Seek(null, TO, 40), none.seek(null, TO, 40, false));
        assertEquals(0, none.total());
    }

    /** Each line's date, oldest first. */
    private static List<LocalDate> lines(LineDays days) {
        List<LocalDate> dates = new ArrayList<>();
        days.days().forEach(d -> {
            for (long i = 0; i < d.lines(); i++) {
                dates.add(d.date());
            }
        });
        return dates;
    }

    /** The lines a query from the seek's first day reads, oldest first. */
    private static List<LocalDate> lines(LineDays days, Seek seek) {
        return lines(days).stream().filter(d -> !d.isBefore(seek.from())).toList();
    }
}
