package erp.onlinesync.infrastructure.ponto;

import erp.onlinesync.infrastructure.proxy.RawAnswer;
import erp.onlinesync.infrastructure.proxy.TransportFault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.eclipse.microprofile.config.Config;

/**
 * {@link PontoTransport} over {@code java.net.http}: Ponto Connect requires a client certificate (mutual TLS),
 * which a MicroProfile REST Client can only get through server-wide settings; here the key store of
 * {@code sync.ponto.keystore.path} is loaded once into this client's own {@link SSLContext}, and the server's
 * trust store still checks Ponto's certificate. Messages name the path only, never a header or a body.
 */
@ApplicationScoped
public class HttpPontoTransport implements PontoTransport {

    private HttpClient client;
    private PontoSettings settings;

    @Inject
    public HttpPontoTransport(Config config) {
        this(PontoSettings.from(config));
    }

    HttpPontoTransport(PontoSettings settings) {
        this.settings = settings;
    }

    /** For the CDI client proxy only. */
    protected HttpPontoTransport() {
    }

    @Override
    public RawAnswer send(String method, URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> answer = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new RawAnswer(answer.statusCode(), answer.headers().firstValue("Retry-After").orElse(null), answer.body());
        } catch (IOException e) {
            throw new TransportFault("No answer from Ponto Connect for " + uri.getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportFault("Interrupted waiting for Ponto Connect, " + uri.getPath(), e);
        }
    }

    /** Built at the first call, so that a missing key store fails the first MyPonto call, not the deployment. */
    private synchronized HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout());
            settings.keystorePath().ifPresent(path -> builder.sslContext(sslContext(Path.of(path))));
            client = builder.build();
        }
        return client;
    }

    private SSLContext sslContext(Path keystore) {
        char[] password = settings.keystorePassword() == null ? new char[0] : settings.keystorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The MyPonto client certificate (" + PontoSettings.KEYSTORE_PATH + " = " + keystore
                    + ") cannot be loaded: " + e.getClass().getSimpleName(), e);
        }
    }
}
