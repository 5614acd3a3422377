package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.run.RunMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The {@link ProxyTransport} of the running module: a {@link ProxyRestClient} built once with
 * {@link RestClientBuilder} from {@link ProxySettings} (base URL and timeouts).
 * <p>
 * The default response exception mapper of MicroProfile REST Client is switched off
 * ({@value #DISABLE_DEFAULT_MAPPER}): a 429 or a 5xx must come back as an answer with its status and
 * {@code Retry-After}, not as an exception without them. Anything that prevents an HTTP answer
 * (timeouts, refused connection, a body cut off) surfaces from the client as a
 * {@link ProcessingException} and becomes a {@link TransportFault}.
 */
@ApplicationScoped
public class RestProxyTransport implements ProxyTransport {

    /** Standard MicroProfile REST Client property (spec section "Default ResponseExceptionMapper"). */
    static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private static final Logger LOG = Logger.getLogger(RestProxyTransport.class.getName());

    private final ProxyRestClient client;
    private final RunMetrics metrics;
    private final ProxyCallWatch watch;

    @Inject
    public RestProxyTransport(Config config, RunMetrics metrics, ProxyCallWatch watch) {
        this(ProxySettings.from(config), metrics, watch);
    }

    RestProxyTransport(ProxySettings settings, RunMetrics metrics, ProxyCallWatch watch) {
        this.metrics = metrics;
        this.watch = watch;
        this.client = RestClientBuilder.newBuilder()
                .baseUri(URI.create(settings.baseUrl()))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                .build(ProxyRestClient.class);
    }

    /** For the CDI client proxy only: the bean itself is built by the constructor above. */
    protected RestProxyTransport() {
        this.client = null;
        this.metrics = null;
        this.watch = null;
    }

    @Override
    public RawAnswer post(String contractPath, Map<String, String> headers, String body) {
        long start = System.nanoTime();
        boolean answered = false;
        try (Response response = invoke(contractPath, headers, body)) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            answered = true;
            return new RawAnswer(response.getStatus(), response.getHeaderString(HttpHeaders.RETRY_AFTER), text);
        } catch (ProcessingException e) {
            throw new TransportFault("No answer from the proxy to " + contractPath, e);
        } finally {
            metrics.proxyCall(contractPath, Duration.ofNanos(System.nanoTime() - start), answered);
            watch.record(answered);
        }
    }

    private Response invoke(String contractPath, Map<String, String> headers, String body) {
        return switch (contractPath) {
            case ProxyRestClient.INSTITUTIONS -> client.institutions(body);
            case ProxyRestClient.EXCHANGE_TOKEN -> client.exchangeToken(body);
            case ProxyRestClient.GET_ACCESS_TOKEN -> client.getAccessToken(SignatureHeaders.from(headers), body);
            case ProxyRestClient.ACCOUNTS -> client.accounts(SignatureHeaders.from(headers), body);
            case ProxyRestClient.REFRESH -> client.refresh(SignatureHeaders.from(headers), body);
            case ProxyRestClient.TRANSACTIONS -> client.transactions(SignatureHeaders.from(headers), body);
            case ProxyRestClient.CONNECTION_STATUS -> client.connectionStatus(SignatureHeaders.from(headers), body);
            case ProxyRestClient.DELETE_USER -> client.deleteUser(SignatureHeaders.from(headers), body);
            default -> throw new IllegalArgumentException("Not a path of the proxy contract: " + contractPath);
        };
    }

    /** Releases the client's connections; a lifecycle callback may not throw a checked exception. */
    @PreDestroy
    void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing the proxy REST client failed", e);
            }
        }
    }
}
