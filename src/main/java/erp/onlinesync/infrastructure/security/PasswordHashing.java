package erp.onlinesync.infrastructure.security;

import erp.onlinesync.domain.user.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with the same PBKDF2 parameters the identity store checks them with:
 * PBKDF2-HMAC-SHA256 at {@value #ITERATIONS} iterations, OWASP's advice since 2023. A stored hash
 * names its own algorithm and iterations ({@code PBKDF2WithHmacSHA256:210000:salt:hash}), so older
 * hashes still verify and are replaced by a stronger one at the next sign-in.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    static final String ITERATIONS = "600000";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash hash;

    @Override
    public String hash(char[] password) {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", ITERATIONS,
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM));
        return hash.generate(password);
    }

    @Override
    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    @Override
    public boolean isOutdated(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < Integer.parseInt(ITERATIONS);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
