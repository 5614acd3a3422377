package erp.onlinesync.domain.journal;

import java.time.LocalDate;

/**
 * How many statement lines a journal holds in a date window, without counting a million of them for
 * every page: exact up to a limit, an estimate above it.
 */
public interface LineCounts {

    /** What was counted: exact, or an estimate when there were more than the limit. */
    record Count(long value, boolean exact) {
    }

    /**
     * @param from  first date, inclusive, or null
     * @param to    last date, inclusive, or null
     * @param exactUpTo the count is exact when it is at most this
     */
    Count count(long journalId, LocalDate from, LocalDate to, int exactUpTo);
}
