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
 * Built for journals of a million lines: the page starts at the day of its first line
 * ({@link LineCounts#locate}, where the database keeps lines per day), so it skips at most that day's
 * lines; its ids come from the index on {@code (journal_id, date, id)} alone (an index-only scan), and
 * only the page's lines are then loaded, with their statements in the same query. The total is exact;
 * whether a next page exists comes from one id more than the page.
 */
@Stateless
public class StatementLineQueries {

    /** Ids per {@code in (...)} list: well below every database's limit on bound parameters. */
    static final int IDS_PER_QUERY = 1000;

    @PersistenceContext
    EntityManager em;

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
        LineCounts.Position at = counts.locate(journalId, window.from(), window.to(), window.offset(), newestFirst);
        LineCounts.Seek seek = at.seek();
        String where = " from StatementLine l where l.journal.id = :journal"
                + (seek.from() == null ? "" : " and l.date >= :from")
                + (seek.to() == null ? "" : " and l.date <= :to");
        String order = newestFirst ? " order by l.date desc, l.id desc" : " order by l.date, l.id";
        List<Long> ids = bind(em.createQuery("select l.id" + where + order, Long.class), journalId, seek)
                .setFirstResult(seek.offset()).setMaxResults(window.size() + 1).getResultList();
        boolean hasNext = ids.size() > window.size();
        List<StatementLineView> lines = byIds(hasNext ? ids.subList(0, window.size()) : ids);
        if (newestFirst) {
            Collections.reverse(lines);
        }
        // a line written between the count and the page is shown: the total is never below the lines shown
        long seen = lines.isEmpty() ? 0 : (long) window.offset() + lines.size() + (hasNext ? 1 : 0);
        return new LinePage(lines, Math.max(at.total(), seen), true, hasNext, window.page(), window.size());
    }

    /**
     * @return how many lines the window holds
     * @throws BadRequestException {@code not-found} for an unknown journal or one of another company
     */
    public long total(long journalId, LocalDate from, LocalDate to) {
        journals.require(journalId);
        return counts.count(journalId, from, to);
    }

    /**
     * The lines with these ids (unknown ids are left out), ordered by date then id; of any company: the
     * caller has checked the journal they come from.
     */
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

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long journalId, LineCounts.Seek seek) {
        query.setParameter("journal", journalId);
        if (seek.from() != null) {
            query.setParameter("from", seek.from());
        }
        if (seek.to() != null) {
            query.setParameter("to", seek.to());
        }
        return query;
    }
}
