package erp.onlinesync.infrastructure.ponto;

import erp.onlinesync.infrastructure.proxy.RawAnswer;
import erp.onlinesync.infrastructure.proxy.TransportFault;
import java.net.URI;
import java.util.Map;

/**
 * The seam between {@link PontoConnectAdapter} and HTTP: one request to Ponto Connect. The CDI bean is
 * {@link HttpPontoTransport} (mutual TLS); unit tests give the adapter a fake, so paging, token renewal
 * and error mapping are tested without a network.
 */
public interface PontoTransport {

    /**
     * @param method {@code GET} or {@code POST}
     * @param uri the full URI, query included
     * @param headers {@code Authorization}, {@code Content-Type}, {@code Accept}
     * @param body the body of a POST, null for a GET
     * @return whatever HTTP answer came back, whatever its status
     * @throws TransportFault when no HTTP answer came
     */
    RawAnswer send(String method, URI uri, Map<String, String> headers, String body);
}
