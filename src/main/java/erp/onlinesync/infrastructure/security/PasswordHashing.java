package erp.onlinesync.infrastructure.security;

import erp.onlinesync.domain.user.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with the same PBKDF2 parameters the identity store checks them with.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    static final String ITERATIONS = "210000";

    @Inject
    Pbkdf2PasswordHash hash;

    @Override
    public String hash(char[] password) {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", ITERATIONS,
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        return hash.generate(password);
    }
}
