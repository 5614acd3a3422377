package erp.onlinesync.infrastructure.proxy;

/**
 * No HTTP answer came from the proxy: a connect or read timeout, a refused or reset connection.
 * {@link TransportRetry} retries it like a 5xx. The message names the contract path only.
 */
public class TransportFault extends RuntimeException {

    public TransportFault(String message, Throwable cause) {
        super(message, cause);
    }
}
