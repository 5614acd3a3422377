package erp.onlinesync.interfaces.web.company;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The company a person switched to in the menu bar, kept in the HTTP session: the pages act in it, and so
 * do the API calls of that session that name none (the link page's export buttons are API links).
 */
public final class CompanyChoice {

    static final String SESSION_KEY = CompanyChoice.class.getName();

    private CompanyChoice() {
    }

    /** @return the company picked in this request's session, or null when none was picked (or no session) */
    public static Long of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null || !(session.getAttribute(SESSION_KEY) instanceof Long id) ? null : id;
    }

    static void keep(HttpSession session, long companyId) {
        session.setAttribute(SESSION_KEY, companyId);
    }
}
