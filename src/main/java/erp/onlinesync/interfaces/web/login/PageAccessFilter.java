package erp.onlinesync.interfaces.web.login;

import erp.onlinesync.application.user.UserService;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.infrastructure.security.SessionLoginMechanism;
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
import java.util.Set;

/**
 * What a signed-in user may see of the pages, before any page: a user whose password someone else
 * chose (the generated bootstrap password, an admin's reset) is sent to choose their own first; a
 * user without any of the module's roles sees the "no access" page instead of any other, as the
 * pages show balances and account numbers the API would refuse such a user (403).
 */
@WebFilter("*.xhtml")
public class PageAccessFilter extends HttpFilter {

    static final String NO_ACCESS_PAGE = "/no-access.xhtml";
    static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    private static final Set<String> WITHOUT_ROLE = Set.of(SessionLoginMechanism.LOGIN_PAGE, NO_ACCESS_PAGE, CHANGE_PASSWORD_PAGE);

    @Inject
    UserService users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        String page = request.getServletPath();
        if (user == null || page.equals(SessionLoginMechanism.LOGIN_PAGE) || isResource(request)) {
            chain.doFilter(request, response);
        } else if (!page.equals(CHANGE_PASSWORD_PAGE) && users.mustChangePassword(user.getName())) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
        } else if (WITHOUT_ROLE.contains(page) || Arrays.stream(Role.values()).anyMatch(r -> request.isUserInRole(r.roleName()))) {
            chain.doFilter(request, response);
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(NO_ACCESS_PAGE).forward(request, response);
        }
    }

    /** Style sheets and scripts, whose Faces URLs end in .xhtml too: the no-access page needs them. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + ResourceHandler.RESOURCE_IDENTIFIER + "/");
    }
}
