package erp.onlinesync.application.company;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.user.ModuleUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;

/** Which companies a user may act in, and which one a call acts in (see {@link ActingCompany}). */
@Stateless
public class CompanyAccess {

    /** The refusal of a company the user is not granted (403). */
    public static final String NOT_GRANTED = "company-not-granted";

    @PersistenceContext
    EntityManager em;

    /** @return the companies the user is granted, by id; none for an unknown user */
    public List<CompanyView> granted(String userName) {
        ModuleUser user = userName == null ? null : em.find(ModuleUser.class, userName);
        if (user == null || user.getCompanies().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Company c where c.id in :ids order by c.id", Company.class)
                .setParameter("ids", user.getCompanies()).getResultStream().map(CompanyView::of).toList();
    }

    /**
     * @param asked the company the call names, or null for the user's first
     * @return the company the call acts in; empty when nothing is asked and the user is granted none
     * @throws BadRequestException {@code company-not-granted} when {@code asked} is not one of the user's companies
     */
    public OptionalLong resolve(String userName, Long asked) {
        ModuleUser user = userName == null ? null : em.find(ModuleUser.class, userName);
        OptionalLong acting = user == null ? OptionalLong.empty() : user.companyToActIn(asked);
        if (asked != null && acting.isEmpty()) {
            throw new BadRequestException(NOT_GRANTED, "You are not granted the company " + asked);
        }
        return acting;
    }

    /**
     * The company a page acts in: the one the person switched to while it is still granted, else the first.
     *
     * @param chosen the company picked in the pages' switcher, or null
     * @return empty when the user is granted no company
     */
    public OptionalLong forPages(String userName, Long chosen) {
        ModuleUser user = userName == null ? null : em.find(ModuleUser.class, userName);
        if (user == null) {
            return OptionalLong.empty();
        }
        OptionalLong kept = user.companyToActIn(chosen);
        return kept.isPresent() ? kept : user.companyToActIn(null);
    }

    /** @return the ids of every company of the installation, by id */
    public List<Long> allIds() {
        return em.createQuery("select c.id from Company c order by c.id", Long.class).getResultList();
    }
}
