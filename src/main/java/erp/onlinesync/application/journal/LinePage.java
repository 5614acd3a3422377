package erp.onlinesync.application.journal;

import java.util.List;

/** One page of a journal's statement lines: the lines, how many match in all, and the page asked for. */
public record LinePage(List<StatementLineView> items, long total, int page, int size) {
}
