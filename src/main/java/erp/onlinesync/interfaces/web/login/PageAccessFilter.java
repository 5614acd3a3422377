package erp.onlinesync.interfaces.web.login;

import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.company.CompanyAccess;
import erp.onlinesync.application.user.UserService;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.infrastructure.security.SessionLoginMechanism;
import erp.onlinesync.interfaces.web.company.CompanyChoice;
import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a signed-in user may see of the pages, before any page: a user whose password someone else
 * chose (the generated bootstrap password, an admin's reset) is sent to choose their own first; a
 * user without any of the module's roles sees the "no access" page instead of any other, as the
 * pages show balances and account numbers the API would refuse such a user (403).
 * <p>
 * It also sets the company the page acts in ({@link ActingCompany}), before the page's beans read anything:
 * the one the person switched to in the menu bar ({@link CompanyChoice}) while still granted, else the
 * person's first. A user granted no company sees the "no access" page too, saying so.
 */
@WebFilter("*.xhtml")
public class PageAccessFilter extends HttpFilter {

    static final String NO_ACCESS_PAGE = "/no-access.xhtml";
    static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    /** A request attribute the "no access" page reads: true when the user has roles but no company. */
    static final String NO_COMPANY = "erp.onlinesync.noCompany";
    private static final Set<String> WITHOUT_ROLE = Set.of(SessionLoginMechanism.LOGIN_PAGE, NO_ACCESS_PAGE, CHANGE_PASSWORD_PAGE);

    @Inject
    UserService users;

    @Inject
    CompanyAccess companies;

    @Inject
    ActingCompany acting;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        String page = request.getServletPath();
        if (user == null || page.equals(SessionLoginMechanism.LOGIN_PAGE) || isResource(request)) {
            chain.doFilter(request, response);
        } else if (!page.equals(CHANGE_PASSWORD_PAGE) && users.mustChangePassword(user.getName())) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
        } else {
            OptionalLong company = companies.forPages(user.getName(), CompanyChoice.of(request));
            company.ifPresent(acting::actIn);
            if (WITHOUT_ROLE.contains(page)) {
                chain.doFilter(request, response);
            } else if (Arrays.stream(Role.values()).noneMatch(r -> request.isUserInRole(r.roleName()))) {
                refuse(request, response);
            } else if (company.isEmpty()) {
                request.setAttribute(NO_COMPANY, true);
                refuse(request, response);
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    /** Style sheets and scripts, whose Faces URLs end in .xhtml too: the no-access page needs them. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + ResourceHandler.RESOURCE_IDENTIFIER + "/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(NO_ACCESS_PAGE).forward(request, response);
    }
}
