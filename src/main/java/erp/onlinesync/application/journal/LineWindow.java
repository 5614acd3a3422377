package erp.onlinesync.application.journal;

import erp.onlinesync.application.BadRequestException;
import java.time.LocalDate;

/**
 * Which statement lines of a journal to read: dates from and to, both inclusive and optional, and a
 * page of {@code size} lines counted from page 0. Built only valid: a bad value is refused with
 * {@code invalid-field} naming it.
 */
public record LineWindow(LocalDate from, LocalDate to, int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    /** Largest page: a bigger one would make a single answer heavy for the server and the client. */
    public static final int MAX_SIZE = 1000;

    /** @throws BadRequestException {@code invalid-field} for a negative page, a size outside 1..{@value #MAX_SIZE}, from after to */
    public LineWindow {
        if (page < 0) {
            throw invalid("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw invalid("from (" + from + ") must not be after to (" + to + ")");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw invalid("page is too large for this size");
        }
    }

    /** @param page null for the first page; @param size null for {@value #DEFAULT_SIZE} */
    public static LineWindow of(LocalDate from, LocalDate to, Integer page, Integer size) {
        return new LineWindow(from, to, page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** @return how many lines come before this page */
    public int offset() {
        return page * size;
    }

    private static BadRequestException invalid(String message) {
        return new BadRequestException("invalid-field", message);
    }
}
