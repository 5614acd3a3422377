package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.shared.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature of the proxy contract (section 2), used on both sides: by the adapter to sign
 * calls, by the webhook to check the proxy's calls, by the sandbox to check the module's.
 * <p>
 * signature = lowercase hex of HMAC-SHA256(key = Base64-decode(refresh_token), message =
 * {@code timestamp|path|client_id|access_token|body}), where {@code path} is the contract path and
 * {@code body} the exact raw body.
 */
public final class ProxySignature {

    public static final String CLIENT_ID = "X-Sync-Client-Id";
    public static final String ACCESS_TOKEN = "X-Sync-Access-Token";
    public static final String TIMESTAMP = "X-Sync-Timestamp";
    public static final String SIGNATURE = "X-Sync-Signature";
    /** Largest distance between the signer's clock and the checker's, in seconds. */
    public static final long MAX_SKEW_SECONDS = 300;

    private ProxySignature() {
    }

    /**
     * @throws IllegalArgumentException when the refresh token is not Base64 (the message names no token)
     */
    public static String sign(long timestamp, String path, String clientId, Secret accessToken, Secret refreshToken,
            String body) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(refreshToken.reveal());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the refresh token is not Base64");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String message = timestamp + "|" + path + "|" + clientId + "|" + accessToken.reveal() + "|" + body;
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Compares a received signature with the expected one in constant time. */
    public static boolean matches(String expected, String received) {
        return received != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                received.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** @return true when {@code timestamp} is within {@value #MAX_SKEW_SECONDS} s of {@code nowSeconds} */
    public static boolean isFresh(long timestamp, long nowSeconds) {
        return Math.abs(nowSeconds - timestamp) <= MAX_SKEW_SECONDS;
    }
}
