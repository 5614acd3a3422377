package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads links and their accounts for screens and the API, in the {@link ActingCompany}: the one place a
 * link is loaded for a person, so a link of another company is "not found" for every call that names it.
 */
@Stateless
public class LinkQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActingCompany company;

    /** @return the slice's page of links by name then id, each with its accounts (one query for all of them) */
    public List<LinkView> list(Slice page) {
        List<OnlineLink> links = em.createQuery("select l from OnlineLink l where l.company.id = :company order by l.name, l.id",
                OnlineLink.class).setParameter("company", company.id()).setFirstResult(page.skipped()).setMaxResults(page.limit()).getResultList();
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OnlineAccount>> accounts = em.createQuery(
                "select a from OnlineAccount a where a.link in :links order by a.name, a.id", OnlineAccount.class)
                .setParameter("links", links).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.getLink().getId()));
        return links.stream().map(l -> LinkView.of(l, accounts.getOrDefault(l.getId(), List.of()))).toList();
    }

    /** @return how many links the company has, for a paginator */
    public long count() {
        return em.createQuery("select count(l) from OnlineLink l where l.company.id = :company", Long.class)
                .setParameter("company", company.id()).getSingleResult();
    }

    /** @throws BadRequestException {@code not-found} for an unknown id or a link of another company */
    public LinkView get(long id) {
        OnlineLink link = require(id);
        return LinkView.of(link, em.createQuery("select a from OnlineAccount a where a.link = :l order by a.name, a.id",
                OnlineAccount.class).setParameter("l", link).getResultList());
    }

    /**
     * The link itself, for services that work on it (never for pages, which get {@link LinkView}).
     *
     * @throws BadRequestException {@code not-found} for an unknown id or a link of another company
     */
    public OnlineLink require(long id) {
        OnlineLink link = em.find(OnlineLink.class, id);
        if (link == null || !company.owns(link.getCompany())) {
            throw new BadRequestException("not-found", "No online link with id " + id);
        }
        return link;
    }

    /** @return whether the link exists and belongs to the acting company (what it owns, a run, is then shown) */
    public boolean isShown(long id) {
        OnlineLink link = em.find(OnlineLink.class, id);
        return link != null && company.owns(link.getCompany());
    }
}
