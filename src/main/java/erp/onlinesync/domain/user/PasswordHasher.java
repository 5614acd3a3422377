package erp.onlinesync.domain.user;

/** Hashes a password the way the identity store checks it. */
public interface PasswordHasher {

    String hash(char[] password);

    /** @return whether {@code password} is the one {@code storedHash} was made from, at the cost the hash names */
    boolean matches(char[] password, String storedHash);

    /** @return true when {@code storedHash} was made with weaker settings than {@link #hash} uses now */
    boolean isOutdated(String storedHash);
}
