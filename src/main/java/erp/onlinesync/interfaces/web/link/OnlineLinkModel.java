package erp.onlinesync.interfaces.web.link;

import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.LinkView;
import erp.onlinesync.application.link.Slice;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over the links, by name then id: each page of the table asks
 * {@link LinkQueries} for just that page and its accounts, never for every link.
 */
public class OnlineLinkModel extends LazyDataModel<LinkView> {

    private static final long serialVersionUID = 1L;

    private final transient LinkQueries queries;

    public OnlineLinkModel(LinkQueries queries) {
        this.queries = queries;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(queries.count(), Integer.MAX_VALUE);
    }

    @Override
    public List<LinkView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, Slice.MAX_LIMIT);
        return queries.list(Slice.page(first / size, size));
    }

    @Override
    public String getRowKey(LinkView link) {
        return String.valueOf(link.id());
    }
}
