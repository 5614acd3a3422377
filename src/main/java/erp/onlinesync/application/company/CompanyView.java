package erp.onlinesync.application.company;

import erp.onlinesync.domain.company.Company;

/** A company as {@code GET /companies} and the pages' switcher show it. */
public record CompanyView(long id, String name, String currencyCode) {

    static CompanyView of(Company c) {
        return new CompanyView(c.getId(), c.getName(), c.getCurrency().code());
    }
}
