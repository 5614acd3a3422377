package erp.onlinesync.infrastructure.security;

import erp.onlinesync.domain.user.UserAccessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/**
 * HTTP Basic for scripts calling {@code /api}: checks each request's credentials, opens no session.
 * A credential verified in the last minute is not hashed again ({@link VerifiedCredentials}).
 * Typed to its own class so that CDI does not count it as a second mechanism.
 */
@ApplicationScoped
@Typed(BasicLoginMechanism.class)
public class BasicLoginMechanism implements HttpAuthenticationMechanism {

    static final String REALM_HEADER = "Basic realm=\"onlinesync\"";
    private static final String PREFIX = "Basic ";

    @Inject
    ThrottledSignIn signIn;

    private final VerifiedCredentials verified = new VerifiedCredentials(Clock.systemUTC());

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(request.getHeader("Authorization"));
        if (credential != null) {
            CredentialValidationResult result = signIn.validate(credential, request, () -> verified.verify(
                    credential.getCaller(), credential.getPasswordAsString(), () -> signIn.checkPassword(credential)));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        response.setHeader("WWW-Authenticate", REALM_HEADER);
        return context.responseUnauthorized();
    }

    /** Once the change is committed: a request in between still finds the old credential valid in the database. */
    void accessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserAccessChanged change) {
        verified.forget(change.userName());
    }

    private static UsernamePasswordCredential decode(String header) {
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
