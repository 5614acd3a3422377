package erp.onlinesync.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login: the login page calls {@code SecurityContext.authenticate} with the typed credentials,
 * which arrive here; the session then carries the caller ({@link AutoApplySession}). An anonymous
 * request for a protected page is sent to the login page, remembering where it wanted to go; an
 * anonymous API call gets 401 with a Basic challenge instead of a redirect.
 */
@ApplicationScoped
@AutoApplySession
@Typed(SessionLoginMechanism.class)
public class SessionLoginMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the page an anonymous request asked for. */
    public static final String ORIGINAL_URL = "onlinesync.login.original-url";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    ThrottledSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return context.notifyContainerAboutLogin(signIn.validate(typed, request));
        }
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setHeader("WWW-Authenticate", BasicLoginMechanism.REALM_HEADER);
            return context.responseUnauthorized();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(ORIGINAL_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
}
