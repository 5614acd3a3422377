package erp.onlinesync.domain.user;

/** Hashes a password the way the identity store checks it. */
public interface PasswordHasher {

    String hash(char[] password);

    /** @return true when {@code storedHash} was made with weaker settings than {@link #hash} uses now */
    boolean isOutdated(String storedHash);
}
