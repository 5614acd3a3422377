package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.infrastructure.proxy.ProxySignature;
import java.util.function.UnaryOperator;

/** The four {@code X-Sync-*} headers of a signed call (contract section 2), each null when absent. */
public record SignedHeaders(String clientId, String accessToken, String timestamp, String signature) {

    /** @param header gives a request header's value by name, or null */
    public static SignedHeaders from(UnaryOperator<String> header) {
        return new SignedHeaders(header.apply(ProxySignature.CLIENT_ID), header.apply(ProxySignature.ACCESS_TOKEN),
                header.apply(ProxySignature.TIMESTAMP), header.apply(ProxySignature.SIGNATURE));
    }

    /** The headers of an unsigned call. */
    public static SignedHeaders none() {
        return new SignedHeaders(null, null, null, null);
    }
}
