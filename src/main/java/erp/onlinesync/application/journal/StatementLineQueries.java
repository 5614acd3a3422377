package erp.onlinesync.application.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.journal.LineCounts;
import erp.onlinesync.domain.journal.StatementLine;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a journal's statement lines page by page, ordered by date then id, for screens and
 * {@code GET /journals/{id}/statement-lines}.
 * <p>
 * Built for journals of a million lines: the page's ids come from the index on
 * {@code (journal_id, date, id)} alone (an index-only scan, also for a deep offset), and only the
 * page's lines are then loaded, with their statement ids in the same query. The total is exact up to
 * {@value #EXACT_TOTAL_UP_TO} lines and an estimate above ({@link LineCounts}), so a page never counts
 * the whole journal; whether a next page exists comes from one id more than the page.
 */
@Stateless
public class StatementLineQueries {

    /** Ids per {@code in (...)} list: well below every database's limit on bound parameters. */
    static final int IDS_PER_QUERY = 1000;

    @PersistenceContext
    EntityManager em;

    /** Up to this many lines the total is exact (the REST contract asks for at least 10,000). */
    static final int EXACT_TOTAL_UP_TO = 10_000;

    @Inject
    JournalQueries journals;

    @Inject
    LineCounts counts;

    /** @throws BadRequestException {@code not-found} for an unknown journal */
    public LinePage page(long journalId, LineWindow window) {
        return page(journalId, window, false);
    }

    /**
     * The same page, the newest lines first when asked (the lines screen sorts by date both ways);
     * the index serves both directions.
     *
     * @throws BadRequestException {@code not-found} for an unknown journal
     */
    public LinePage page(long journalId, LineWindow window, boolean newestFirst) {
        journals.require(journalId);
        String where = " from StatementLine l where l.journal.id = :journal"
                + (window.from() == null ? "" : " and l.date >= :from")
                + (window.to() == null ? "" : " and l.date <= :to");
        LineCounts.Count total = counts.count(journalId, window.from(), window.to(), EXACT_TOTAL_UP_TO);
        String order = newestFirst ? " order by l.date desc, l.id desc" : " order by l.date, l.id";
        List<Long> ids = bind(em.createQuery("select l.id" + where + order, Long.class), journalId, window)
                .setFirstResult(window.offset()).setMaxResults(window.size() + 1).getResultList();
        boolean hasNext = ids.size() > window.size();
        List<StatementLineView> lines = byIds(hasNext ? ids.subList(0, window.size()) : ids);
        if (newestFirst) {
            Collections.reverse(lines);
        }
        long seen = (long) window.offset() + lines.size() + (hasNext ? 1 : 0);
        return new LinePage(lines, Math.max(total.value(), seen), total.exact(), hasNext, window.page(), window.size());
    }

    /** @return how many lines the window holds: exact up to {@value #EXACT_TOTAL_UP_TO}, an estimate above */
    public long total(long journalId, LocalDate from, LocalDate to) {
        return counts.count(journalId, from, to, EXACT_TOTAL_UP_TO).value();
    }

    /** The lines with these ids (unknown ids are left out), ordered by date then id. */
    public List<StatementLineView> byIds(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<StatementLineView> lines = new ArrayList<>(all.size());
        for (int start = 0; start < all.size(); start += IDS_PER_QUERY) {
            List<Object[]> rows = em.createQuery("select l, l.journal.id, s.id, s.name from StatementLine l left join l.statement s"
                    + " where l.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(start, Math.min(all.size(), start + IDS_PER_QUERY))).getResultList();
            rows.forEach(r -> lines.add(StatementLineView.of((StatementLine) r[0], (Long) r[1], (Long) r[2], (String) r[3])));
        }
        lines.sort(Comparator.comparing(StatementLineView::date).thenComparing(StatementLineView::id));
        return lines;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long journalId, LineWindow window) {
        query.setParameter("journal", journalId);
        if (window.from() != null) {
            query.setParameter("from", window.from());
        }
        if (window.to() != null) {
            query.setParameter("to", window.to());
        }
        return query;
    }
}
