package erp.onlinesync.infrastructure.security;

import erp.onlinesync.application.user.LoginThrottle;
import erp.onlinesync.application.user.UserService;
import erp.onlinesync.domain.shared.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A password check behind the {@link LoginThrottle}, for both sign-in mechanisms: a user name or an
 * address that failed too often is refused without a look at the password (so a guess during the wait
 * teaches nothing), and each outcome is told to the throttle. A password the identity store accepts
 * upgrades its hash when it was made with weaker settings.
 */
@ApplicationScoped
public class ThrottledSignIn {

    private static final Logger LOG = Logger.getLogger(ThrottledSignIn.class.getName());

    @Inject
    LoginThrottle throttle;

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    UserService users;

    /** @param check the password check to run when the throttle allows it (the identity store, or a cache in front of it) */
    CredentialValidationResult validate(UsernamePasswordCredential credential, HttpServletRequest request,
            Supplier<CredentialValidationResult> check) {
        String address = request.getRemoteAddr();
        if (throttle.refusedUntil(credential.getCaller(), address).isPresent()) {
            throttle.failed(credential.getCaller(), address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = check.get();
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(credential.getCaller());
        } else {
            throttle.failed(credential.getCaller(), address);
        }
        return result;
    }

    CredentialValidationResult validate(UsernamePasswordCredential credential, HttpServletRequest request) {
        return validate(credential, request, () -> checkPassword(credential));
    }

    /**
     * The identity store's check; a password found right moves its hash to today's settings, and a name
     * that cannot sign in costs the hash a known one does.
     */
    CredentialValidationResult checkPassword(UsernamePasswordCredential credential) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (!users.canSignIn(credential.getCaller())) {
                users.checkAsIfKnown(Secret.of(credential.getPasswordAsString()));
            }
        } else {
            try {
                users.upgradeHash(credential.getCaller(), Secret.of(credential.getPasswordAsString()));
            } catch (RuntimeException e) {
                // the sign-in stands; the old hash is tried again next time
                LOG.log(Level.WARNING, "Could not upgrade the password hash of " + credential.getCaller(), e);
            }
        }
        return result;
    }
}
