package erp.onlinesync.domain.shared;

/**
 * Seals secrets for storage and opens them again (the proxy's tokens are kept only sealed). The
 * sealed text holds nothing readable; {@link #open} fails on a value sealed with another key or altered.
 */
public interface SecretSealer {

    String seal(Secret secret);

    /** @throws IllegalStateException when the value was not sealed with this key or was altered */
    Secret open(String sealed);
}
