package erp.onlinesync.interfaces.web.login;

import erp.onlinesync.domain.user.Role;
import erp.onlinesync.infrastructure.security.SessionLoginMechanism;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

/**
 * A signed-in user without any of the module's roles sees the "no access" page instead of any
 * other: the pages show balances and account numbers the API would refuse such a user (403).
 */
@WebFilter("*.xhtml")
public class NoRoleFilter extends HttpFilter {

    static final String NO_ACCESS_PAGE = "/no-access.xhtml";
    private static final Set<String> OPEN = Set.of(SessionLoginMechanism.LOGIN_PAGE, NO_ACCESS_PAGE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = request.getServletPath();
        if (request.getUserPrincipal() == null || OPEN.contains(page)
                || Arrays.stream(Role.values()).anyMatch(r -> request.isUserInRole(r.roleName()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(NO_ACCESS_PAGE).forward(request, response);
    }
}
