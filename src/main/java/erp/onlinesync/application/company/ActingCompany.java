package erp.onlinesync.application.company;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.company.Company;
import jakarta.enterprise.context.RequestScoped;

/**
 * The company the current page or API call acts in, set once per request by the interfaces (the API's
 * {@code X-Company} header, the pages' switcher) after {@link CompanyAccess#resolve} checked the grant.
 * The services that load a link, an account, a journal or a run for a person ask {@link #owns}: an object
 * of another company is answered like an unknown id, so nothing tells it exists.
 * <p>
 * Fails closed: a call that reaches a scoped service without a company set (a user granted none, or an
 * entry point that forgot to resolve one) is refused with {@code company-not-granted}, never shown all
 * companies. Timers, the engine and the webhook act for every company and do not use it.
 */
@RequestScoped
public class ActingCompany {

    private Long id;

    public void actIn(long companyId) {
        this.id = companyId;
    }

    /** @throws BadRequestException {@code company-not-granted} when the call acts in no company */
    public long id() {
        if (id == null) {
            throw new BadRequestException(CompanyAccess.NOT_GRANTED, "You are granted no company to act in");
        }
        return id;
    }

    /** @return whether an object of {@code company} belongs to the company of this call */
    public boolean owns(Company company) {
        return company != null && company.getId() != null && company.getId() == id();
    }
}
