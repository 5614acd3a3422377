package erp.onlinesync.infrastructure.proxy;

/**
 * An HTTP answer of the proxy as it came, before any interpretation.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, or null
 * @param body the body text, empty when there was none
 */
public record RawAnswer(int status, String retryAfter, String body) {
}
