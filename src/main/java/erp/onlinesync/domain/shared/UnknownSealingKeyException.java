package erp.onlinesync.domain.shared;

/**
 * A sealed value names a key the module no longer has: the secret key was changed without listing the
 * old one among the keys that still open. Nothing can open the value; only a new one (a reconnect)
 * helps. The message names the key id, never a key.
 */
public class UnknownSealingKeyException extends RuntimeException {

    public UnknownSealingKeyException(String message) {
        super(message);
    }
}
