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
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login: the login page calls {@code SecurityContext.authenticate} with the typed credentials,
 * which arrive here; the session then carries the caller ({@link AutoApplySession}). An anonymous
 * request for a protected page is sent to the login page, remembering where it wanted to go; an
 * anonymous API call gets 401 instead of a redirect, with a Basic challenge unless a browser's page
 * made it. The session id changes at the sign-in.
 */
@ApplicationScoped
@AutoApplySession
@Typed(SessionLoginMechanism.class)
public class SessionLoginMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the page an anonymous request asked for. */
    public static final String ORIGINAL_URL = "onlinesync.login.original-url";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** The challenge a page's call gets: the login page's session, a scheme no browser prompts for. */
    static final String SESSION_REALM_HEADER = "Session realm=\"onlinesync\"";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    ThrottledSignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            CredentialValidationResult result = signIn.validate(typed, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID && request.getSession(false) != null) {
                request.changeSessionId(); // an id someone saw or planted before the sign-in is worth nothing after it
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/sandbox/")) { // called by scripts: no login page
            // a browser (it names the fetch's mode) would open its password prompt on a Basic challenge
            response.setHeader("WWW-Authenticate", request.getHeader("Sec-Fetch-Mode") == null
                    ? BasicLoginMechanism.REALM_HEADER : SESSION_REALM_HEADER);
            return context.responseUnauthorized();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(ORIGINAL_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
}
