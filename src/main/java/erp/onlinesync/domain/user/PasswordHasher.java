package erp.onlinesync.domain.user;

/** Hashes a password the way the identity store checks it. */
public interface PasswordHasher {

    String hash(char[] password);
}
