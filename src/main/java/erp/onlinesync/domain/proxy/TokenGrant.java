package erp.onlinesync.domain.proxy;

import erp.onlinesync.domain.shared.Secret;
import java.time.LocalDate;

/** The answer to {@code exchange_token}: the link's identity and tokens. Its {@code toString} shows no token. */
public record TokenGrant(String clientId, Secret refreshToken, Secret accessToken, String providerType,
        Institution institution, LocalDate consentExpiringDate) {

    /** The {@code client_id} column; unique, so longer is refused rather than cut. */
    public static final int CLIENT_ID_MAX = 200;
    /**
     * Longest token accepted: sealed (nonce, tag, Base64) it still fits the 2000-character token
     * columns. A cut token would not work, so longer is refused.
     */
    public static final int TOKEN_MAX = 1024;
}
