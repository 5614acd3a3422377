package erp.onlinesync.domain.journal;

import java.time.LocalDate;

/**
 * How many statement lines a journal holds in a date window, and where a page of them starts,
 * without walking a million of them for every page.
 */
public interface LineCounts {

    /**
     * Where to read a page: the window narrowed to the day of the page's first line (its {@code from}
     * in date order, its {@code to} newest first) and how many lines to skip from there.
     */
    record Seek(LocalDate from, LocalDate to, int offset) {
    }

    /** The window's exact count and where the line at the page's offset is. */
    record Position(long total, Seek seek) {
    }

    /**
     * @param from  first date, inclusive, or null
     * @param to    last date, inclusive, or null
     * @return the exact number of lines in the window
     */
    long count(long journalId, LocalDate from, LocalDate to);

    /**
     * @param offset how many lines of the window, in the order asked, come before the page
     * @return the count and the seek; a store that keeps no count per day seeks nothing (the window
     *         and offset as given)
     */
    Position locate(long journalId, LocalDate from, LocalDate to, int offset, boolean newestFirst);
}
