package erp.onlinesync.application.journal;

import java.util.List;

/**
 * One page of a journal's statement lines: the lines, how many match in all (exact when
 * {@code totalExact}, else an estimate, never below what the pages so far have shown), whether a
 * next page exists, and the page asked for.
 */
public record LinePage(List<StatementLineView> items, long total, boolean totalExact, boolean hasNext, int page, int size) {
}
