package erp.onlinesync.infrastructure.proxy;

import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Where the proxy is and how long to wait for it, from MicroProfile Config:
 * <ul>
 * <li>{@value #URL}: the base URL, to which the contract paths are appended (a trailing slash is
 * dropped, so {@code .../sandbox/} and {@code .../sandbox} mean the same);</li>
 * <li>{@value #CONNECT_TIMEOUT} (default {@value #DEFAULT_CONNECT_SECONDS}) and {@value #READ_TIMEOUT}
 * (default {@value #DEFAULT_READ_SECONDS}), in seconds. The read timeout is also what
 * {@code utils.request_timeout} tells the proxy, so that it can give up on a slow provider before
 * the module gives up on it;</li>
 * <li>{@value #MAX_RETRY_WAIT} (default {@value #DEFAULT_MAX_RETRY_WAIT_SECONDS}): the longest wait slept
 * through between two attempts of a call; a {@code Retry-After} beyond it pauses the run instead. With the
 * timeouts it bounds the longest call, hence a run's lease: lowered, a dead node's runs are taken over
 * sooner. At least the last backoff ({@link TransportRetry#LAST_BACKOFF}), or the backoff would stop the
 * retries.</li>
 * </ul>
 *
 * @param baseUrl the base URL without a trailing slash
 */
public record ProxySettings(String baseUrl, Duration connectTimeout, Duration readTimeout, Duration maxRetryWait) {

    public static final String URL = "sync.proxy.url";
    public static final String CONNECT_TIMEOUT = "sync.proxy.connect-timeout-seconds";
    public static final String READ_TIMEOUT = "sync.proxy.read-timeout-seconds";
    public static final String MAX_RETRY_WAIT = "sync.proxy.max-retry-wait-seconds";
    static final long DEFAULT_CONNECT_SECONDS = 10;
    static final long DEFAULT_READ_SECONDS = 60;
    static final long DEFAULT_MAX_RETRY_WAIT_SECONDS = 60;

    /** @throws IllegalArgumentException for a malformed URL or a retry wait below the last backoff */
    public ProxySettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        URI.create(baseUrl); // a malformed sync.proxy.url fails here, once, rather than at every call
        if (maxRetryWait.compareTo(TransportRetry.LAST_BACKOFF) < 0) {
            throw new IllegalArgumentException(MAX_RETRY_WAIT + " must be at least " + TransportRetry.LAST_BACKOFF.toSeconds()
                    + " (the last backoff), not " + maxRetryWait.toSeconds());
        }
    }

    /** With the default {@value #MAX_RETRY_WAIT}. */
    public ProxySettings(String baseUrl, Duration connectTimeout, Duration readTimeout) {
        this(baseUrl, connectTimeout, readTimeout, TransportRetry.MAX_WAIT);
    }

    /**
     * @throws java.util.NoSuchElementException when {@value #URL} is not configured
     * @throws IllegalArgumentException as the constructor
     */
    public static ProxySettings from(Config config) {
        return new ProxySettings(config.getValue(URL, String.class), seconds(config, CONNECT_TIMEOUT,
                DEFAULT_CONNECT_SECONDS), seconds(config, READ_TIMEOUT, DEFAULT_READ_SECONDS),
                seconds(config, MAX_RETRY_WAIT, DEFAULT_MAX_RETRY_WAIT_SECONDS));
    }

    private static Duration seconds(Config config, String key, long absent) {
        return Duration.ofSeconds(config.getOptionalValue(key, Long.class).orElse(absent));
    }
}
