package erp.onlinesync.infrastructure.proxy;

import java.util.Map;

/**
 * The seam between the adapter's logic and HTTP: one POST of a raw body to a contract path. The
 * CDI bean is {@link RestProxyTransport} (MicroProfile REST Client); unit tests give the adapter a
 * fake, so signing, retries and validation are tested without a network.
 */
public interface ProxyTransport {

    /**
     * Sends {@code body} as it is to {@code {sync.proxy.url}{contractPath}}.
     *
     * @param contractPath one of the paths of {@link ProxyRestClient}, e.g. {@code /proxy/v1/accounts}
     * @param headers the {@code X-Sync-*} headers of a signed call, empty for an unsigned one
     * @param body the exact JSON text that was signed
     * @return whatever HTTP answer came back, whatever its status
     * @throws TransportFault when no HTTP answer came: connect or read timeout, refused connection
     */
    RawAnswer post(String contractPath, Map<String, String> headers, String body);
}
