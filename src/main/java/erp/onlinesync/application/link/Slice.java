package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;

/**
 * Which part of a link's list to read, so that no list call is unbounded: a {@code limit} of 1 to
 * {@value #MAX_LIMIT} rows (default {@value #DEFAULT_LIMIT}) from a {@code cursor}. The cursor is an
 * id for the histories (chatter, runs): {@link #after} reads oldest first from above it,
 * {@link #before} newest first from below it; for the list of links, which few companies have many
 * of and which is read by name, it is the number of rows skipped ({@link #page}). Built only valid:
 * a bad value is refused with {@code invalid-field} naming it.
 */
public record Slice(long cursor, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    /** Largest slice: the same bound as a page of statement lines. */
    public static final int MAX_LIMIT = 1000;

    /** @throws BadRequestException {@code invalid-field} for a limit outside 1..{@value #MAX_LIMIT} or a negative cursor */
    public Slice {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        if (cursor < 0) {
            throw invalid("the cursor must be 0 or more");
        }
    }

    /**
     * @param afterId null or 0 for the oldest rows, else the id of the last row already read
     * @param limit null for {@value #DEFAULT_LIMIT}
     */
    public static Slice after(Long afterId, Integer limit) {
        if (afterId != null && afterId < 0) {
            throw invalid("after must be 0 or an id");
        }
        return new Slice(afterId == null ? 0 : afterId, limitOrDefault(limit));
    }

    /**
     * @param beforeId null for the newest rows, else the id of the oldest row already read
     * @param limit null for {@value #DEFAULT_LIMIT}
     */
    public static Slice before(Long beforeId, Integer limit) {
        if (beforeId != null && beforeId < 1) {
            throw invalid("before must be an id (1 or more)");
        }
        return new Slice(beforeId == null ? Long.MAX_VALUE : beforeId, limitOrDefault(limit));
    }

    /**
     * @param page null for the first page (0), else the page number counted from 0
     * @param limit null for {@value #DEFAULT_LIMIT}; also the size of a page
     */
    public static Slice page(Integer page, Integer limit) {
        int size = limitOrDefault(limit);
        if (page != null && page < 0) {
            throw invalid("page must be 0 or more");
        }
        long skipped = page == null ? 0 : (long) page * size;
        if (skipped > Integer.MAX_VALUE) {
            throw invalid("page is too large for this limit");
        }
        return new Slice(skipped, size);
    }

    /** @return the cursor as a row count, for {@link #page} slices */
    public int skipped() {
        return (int) Math.min(cursor, Integer.MAX_VALUE);
    }

    private static int limitOrDefault(Integer limit) {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    private static BadRequestException invalid(String message) {
        return new BadRequestException("invalid-field", message);
    }
}
