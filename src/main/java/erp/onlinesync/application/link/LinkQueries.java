package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads links and their accounts for screens and the API. */
@Stateless
public class LinkQueries {

    @PersistenceContext
    EntityManager em;

    /** @return the slice's page of links by name then id, each with its accounts (one query for all of them) */
    public List<LinkView> list(Slice page) {
        List<OnlineLink> links = em.createQuery("select l from OnlineLink l order by l.name, l.id", OnlineLink.class)
                .setFirstResult(page.skipped()).setMaxResults(page.limit()).getResultList();
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OnlineAccount>> accounts = em.createQuery(
                "select a from OnlineAccount a where a.link in :links order by a.name, a.id", OnlineAccount.class)
                .setParameter("links", links).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.getLink().getId()));
        return links.stream().map(l -> LinkView.of(l, accounts.getOrDefault(l.getId(), List.of()))).toList();
    }

    /** @return how many links there are, for a paginator */
    public long count() {
        return em.createQuery("select count(l) from OnlineLink l", Long.class).getSingleResult();
    }

    /** @throws BadRequestException {@code not-found} for an unknown id */
    public LinkView get(long id) {
        OnlineLink link = require(id);
        return LinkView.of(link, em.createQuery("select a from OnlineAccount a where a.link = :l order by a.name, a.id",
                OnlineAccount.class).setParameter("l", link).getResultList());
    }

    /**
     * The link itself, for services that work on it (never for pages, which get {@link LinkView}).
     *
     * @throws BadRequestException {@code not-found} for an unknown id
     */
    public OnlineLink require(long id) {
        OnlineLink link = em.find(OnlineLink.class, id);
        if (link == null) {
            throw new BadRequestException("not-found", "No online link with id " + id);
        }
        return link;
    }
}
