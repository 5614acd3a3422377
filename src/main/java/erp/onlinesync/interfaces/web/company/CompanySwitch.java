package erp.onlinesync.interfaces.web.company;

import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.company.CompanyAccess;
import erp.onlinesync.application.company.CompanyView;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * The menu bar's company switcher: lists the companies the person is granted (shown when there are two or
 * more) and keeps the pick for the session. A switch opens the dashboard, since the page the person was
 * on shows a link or journal of the company left behind.
 */
@Named
@RequestScoped
public class CompanySwitch {

    @Inject
    CompanyAccess access;

    @Inject
    ActingCompany acting;

    private List<CompanyView> companies;
    private Long picked;

    public List<CompanyView> getCompanies() {
        if (companies == null) {
            companies = access.granted(Pages.user());
        }
        return companies;
    }

    /** @return the company this page acts in, or null for a person granted none */
    public Long getCompany() {
        return picked != null ? picked : getCompanies().isEmpty() ? null : acting.id();
    }

    public void setCompany(Long company) {
        this.picked = company;
    }

    /** Keeps a granted pick for the session (another is ignored: the filter checks it again) and opens the dashboard. */
    public void apply() {
        if (picked != null && getCompanies().stream().anyMatch(c -> c.id() == picked)) {
            CompanyChoice.keep((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true), picked);
        }
        Pages.redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/index.xhtml");
    }
}
