package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.run.SyncRun;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads a link's runs newest first in bounded slices, for its page ("more runs") and for
 * {@code GET /online-links/{id}/runs?before=}: a link synchronized every hour for years has tens of
 * thousands of runs, read a slice at a time down the {@code (link_id, id)} index.
 */
@Stateless
public class LinkRuns {

    @Inject
    LinkQueries links;

    @PersistenceContext
    EntityManager em;

    /**
     * @param slice from {@link Slice#before}: below the oldest run already read
     * @return up to {@code slice.limit()} runs with an id below {@code slice.cursor()}, newest first
     * @throws BadRequestException {@code not-found} for an unknown link
     */
    public List<RunView> before(long linkId, Slice slice) {
        links.require(linkId);
        return em.createQuery("select r from SyncRun r where r.link.id = :link and r.id < :before order by r.id desc",
                SyncRun.class).setParameter("link", linkId).setParameter("before", slice.cursor())
                .setMaxResults(slice.limit()).getResultStream().map(RunView::of).toList();
    }
}
