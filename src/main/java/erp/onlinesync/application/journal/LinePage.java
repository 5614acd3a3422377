package erp.onlinesync.application.journal;

import java.util.List;

/**
 * One page of a journal's statement lines: the lines, how many match in all (never below what the
 * pages so far have shown), whether that total is exact (always, here: the REST contract lets a
 * large journal's be an estimate, which counting per day made unneeded), whether a next page
 * exists, and the page asked for.
 */
public record LinePage(List<StatementLineView> items, long total, boolean totalExact, boolean hasNext, int page, int size) {
}
