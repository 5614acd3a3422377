package erp.onlinesync.infrastructure.proxy;

import jakarta.ws.rs.HeaderParam;
import java.util.Map;

/**
 * The four {@code X-Sync-*} headers of a signed call, as one {@code @BeanParam} of
 * {@link ProxyRestClient}. It holds the access token in clear because the REST client must send it;
 * {@link #toString()} is therefore the default one, which shows no field.
 */
public final class SignatureHeaders {

    @HeaderParam(ProxySignature.CLIENT_ID)
    private final String clientId;
    @HeaderParam(ProxySignature.ACCESS_TOKEN)
    private final String accessToken;
    @HeaderParam(ProxySignature.TIMESTAMP)
    private final String timestamp;
    @HeaderParam(ProxySignature.SIGNATURE)
    private final String signature;

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
