package erp.onlinesync.interfaces.web.company;

import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.company.CompanyAccess;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Sets the company every page request acts in, before the page's beans read anything: the one the person
 * switched to ({@link CompanyChoice}) while still granted, else the person's first. A person granted no
 * company gets pages that show nothing: the scoped services refuse ({@link ActingCompany}).
 */
@WebFilter("*.xhtml")
public class CompanyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CompanyAccess access;

    @Inject
    transient ActingCompany acting;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user != null) {
            access.forPages(user.getName(), CompanyChoice.of(request)).ifPresent(acting::actIn);
        }
        chain.doFilter(request, response);
    }
}
