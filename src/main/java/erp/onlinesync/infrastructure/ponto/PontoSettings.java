package erp.onlinesync.infrastructure.ponto;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where Ponto Connect is and how the module talks to it, from MicroProfile Config:
 * <ul>
 * <li>{@value #URL}: the API's base URL ({@code https://api.ibanity.com/ponto-connect} in production; the
 * default is the sandbox's fake under {@code /sandbox/ponto}), to which {@code /accounts} etc. are appended;</li>
 * <li>{@value #TOKEN_URL}: the OAuth2 token endpoint, {@code {url}/oauth2/token} unless given;</li>
 * <li>{@value #KEYSTORE_PATH} and {@value #KEYSTORE_PASSWORD}: the PKCS#12 key store holding the client
 * certificate Ponto Connect requires (mutual TLS); without a path no client certificate is sent (the fake);</li>
 * <li>{@value #CONNECT_TIMEOUT}, {@value #READ_TIMEOUT} in seconds;</li>
 * <li>{@value #STALE_MINUTES} (default {@value #DEFAULT_STALE_MINUTES}): data synchronized longer ago is stale,
 * and a run first asks Ponto for a synchronization (Ponto refuses them more often than every 30 minutes);</li>
 * <li>{@value #FIRST_IMPORT} (default {@value #DEFAULT_FIRST_IMPORT}): transactions of an account's first import
 * without a start date.</li>
 * </ul>
 *
 * @param keystorePassword null when none is set; never logged
 */
public record PontoSettings(String baseUrl, URI tokenUrl, Optional<String> keystorePath, String keystorePassword,
        Duration connectTimeout, Duration readTimeout, Duration staleAfter, int firstImport) {

    public static final String URL = "sync.ponto.url";
    public static final String TOKEN_URL = "sync.ponto.token-url";
    public static final String KEYSTORE_PATH = "sync.ponto.keystore.path";
    public static final String KEYSTORE_PASSWORD = "sync.ponto.keystore.password";
    public static final String CONNECT_TIMEOUT = "sync.ponto.connect-timeout-seconds";
    public static final String READ_TIMEOUT = "sync.ponto.read-timeout-seconds";
    public static final String STALE_MINUTES = "sync.ponto.stale-minutes";
    public static final String FIRST_IMPORT = "sync.ponto.first-import";
    static final String DEFAULT_URL = "http://localhost:8080/onlinesync/sandbox/ponto";
    static final long DEFAULT_CONNECT_SECONDS = 10;
    static final long DEFAULT_READ_SECONDS = 60;
    static final long DEFAULT_STALE_MINUTES = 30;
    /** As MyPonto's own integrations do: the last 100 transactions, then only newer ones. */
    static final int DEFAULT_FIRST_IMPORT = 100;
    /** Ponto Connect's largest page. */
    static final int MAX_PAGE = 100;

    /** @throws IllegalArgumentException for a malformed URL or a first import outside 1..{@value #MAX_PAGE} */
    public PontoSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        URI.create(baseUrl);
        if (firstImport < 1 || firstImport > MAX_PAGE) {
            throw new IllegalArgumentException(FIRST_IMPORT + " must be between 1 and " + MAX_PAGE + ", not " + firstImport);
        }
    }

    /** The fake's settings for tests: no key store, default timeouts. */
    static PontoSettings of(String baseUrl) {
        return new PontoSettings(baseUrl, URI.create(baseUrl + "/oauth2/token"), Optional.empty(), null,
                Duration.ofSeconds(DEFAULT_CONNECT_SECONDS), Duration.ofSeconds(DEFAULT_READ_SECONDS),
                Duration.ofMinutes(DEFAULT_STALE_MINUTES), DEFAULT_FIRST_IMPORT);
    }

    public static PontoSettings from(Config config) {
        String url = config.getOptionalValue(URL, String.class).orElse(DEFAULT_URL);
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return new PontoSettings(base, URI.create(config.getOptionalValue(TOKEN_URL, String.class).orElse(base + "/oauth2/token")),
                config.getOptionalValue(KEYSTORE_PATH, String.class).filter(p -> !p.isBlank()),
                config.getOptionalValue(KEYSTORE_PASSWORD, String.class).orElse(null),
                Duration.ofSeconds(config.getOptionalValue(CONNECT_TIMEOUT, Long.class).orElse(DEFAULT_CONNECT_SECONDS)),
                Duration.ofSeconds(config.getOptionalValue(READ_TIMEOUT, Long.class).orElse(DEFAULT_READ_SECONDS)),
                Duration.ofMinutes(config.getOptionalValue(STALE_MINUTES, Long.class).orElse(DEFAULT_STALE_MINUTES)),
                config.getOptionalValue(FIRST_IMPORT, Integer.class).orElse(DEFAULT_FIRST_IMPORT));
    }

    /** Without the key store password: a record's generated one would print it. */
    @Override
    public String toString() {
        return "PontoSettings[" + baseUrl + ", token " + tokenUrl + ", key store " + keystorePath.orElse("none") + "]";
    }
}
