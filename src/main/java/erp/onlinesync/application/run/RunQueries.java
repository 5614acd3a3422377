package erp.onlinesync.application.run;

import erp.onlinesync.domain.run.SyncRun;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads a link's recent runs for its page: the newest first, a bounded number, so that a link
 * synchronized every hour for years still opens at once.
 */
@Stateless
public class RunQueries {

    /** Runs a page shows at most: the recent history is what a person checks. */
    public static final int RECENT_RUNS = 20;

    @PersistenceContext
    EntityManager em;

    /** @return up to {@value #RECENT_RUNS} runs of the link, newest first; empty for an unknown link */
    public List<RunView> recent(long linkId) {
        return em.createQuery("select r from SyncRun r where r.link.id = :link order by r.id desc", SyncRun.class)
                .setParameter("link", linkId).setMaxResults(RECENT_RUNS).getResultStream().map(RunView::of).toList();
    }
}
