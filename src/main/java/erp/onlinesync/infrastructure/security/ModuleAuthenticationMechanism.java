package erp.onlinesync.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one authentication mechanism of the WAR (Jakarta Security allows only one): a request that
 * carries HTTP Basic credentials goes to {@link BasicLoginMechanism}, every other one to
 * {@link SessionLoginMechanism} (form login and the session it opens, for pages and for the API
 * called from a signed-in browser).
 */
@ApplicationScoped
public class ModuleAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String FAKE_PONTO = "/sandbox/ponto/";

    @Inject
    BasicLoginMechanism basic;

    @Inject
    SessionLoginMechanism session;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (BasicLoginMechanism.hasBasicCredentials(request) && !toFakePonto(request)) {
            return basic.validateRequest(request, response, context);
        }
        return session.validateRequest(request, response, context);
    }

    /** The sandbox's fake Ponto Connect reads Basic credentials of its own: a MyPonto integration's, no module user's. */
    private static boolean toFakePonto(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + FAKE_PONTO);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        session.cleanSubject(request, response, context);
    }
}
