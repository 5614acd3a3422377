package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.journal.LineWindow;
import erp.onlinesync.application.journal.StatementLineQueries;
import erp.onlinesync.application.journal.StatementLineView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over a journal's statement lines: each page asks {@link StatementLineQueries}
 * for just that page (by date then id, from the journal's index), so a journal of a million lines
 * opens as fast as one of ten. The date range and the order are the page's, not the table's column
 * filters and sorting, which would offer orders the index cannot serve.
 */
public class StatementLineModel extends LazyDataModel<StatementLineView> {

    private static final long serialVersionUID = 1L;

    private final transient StatementLineQueries queries;
    private final long journalId;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean newestFirst;

    /** @param newestFirst the order by date: the index serves both, and no other column sorts */
    public StatementLineModel(StatementLineQueries queries, long journalId, LocalDate from, LocalDate to, boolean newestFirst) {
        this.queries = queries;
        this.journalId = journalId;
        this.from = from;
        this.to = to;
        this.newestFirst = newestFirst;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) queries.total(journalId, from, to);
    }

    @Override
    public List<StatementLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, LineWindow.MAX_SIZE);
        return queries.page(journalId, new LineWindow(from, to, first / size, size), newestFirst).items();
    }

    @Override
    public String getRowKey(StatementLineView line) {
        return String.valueOf(line.id());
    }

    @Override
    public StatementLineView getRowData(String rowKey) {
        // a row key comes from the browser: only a line of this (checked) journal
        return queries.byIds(List.of(Long.valueOf(rowKey))).stream().filter(l -> l.journalId() == journalId).findFirst()
                .orElse(null);
    }
}
