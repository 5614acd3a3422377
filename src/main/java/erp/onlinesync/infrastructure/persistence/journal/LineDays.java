package erp.onlinesync.infrastructure.persistence.journal;

import erp.onlinesync.domain.journal.LineCounts.Seek;
import java.time.LocalDate;
import java.util.List;

/**
 * A window's lines per day, oldest day first, and the walk from a page's offset to the day of its
 * first line: a few thousand days to add up instead of a million lines to skip.
 */
record LineDays(List<Day> days) {

    record Day(LocalDate date, long lines) {
    }

    long total() {
        return days.stream().mapToLong(Day::lines).sum();
    }

    /**
     * @return the window from the day holding line {@code offset} (counted newest first when asked)
     *         and the lines to skip inside it; past the end, the last day with more to skip than it holds
     */
    Seek seek(LocalDate from, LocalDate to, int offset, boolean newestFirst) {
        long before = 0;
        Day at = null;
        for (int i = 0; i < days.size(); i++) {
            at = days.get(newestFirst ? days.size() - 1 - i : i);
            if (offset < before + at.lines()) {
                break;
            }
            if (i < days.size() - 1) {
                before += at.lines();
            }
        }
        if (at == null) {
            return new Seek(from, to, offset);
        }
        int skip = (int) (offset - before);
        return newestFirst ? new Seek(from, at.date(), skip) : new Seek(at.date(), to, skip);
    }
}
