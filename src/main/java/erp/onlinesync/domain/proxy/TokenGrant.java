package erp.onlinesync.domain.proxy;

import erp.onlinesync.domain.shared.Secret;
import java.time.LocalDate;

/** The answer to {@code exchange_token}: the link's identity and tokens. Its {@code toString} shows no token. */
public record TokenGrant(String clientId, Secret refreshToken, Secret accessToken, String providerType,
        Institution institution, LocalDate consentExpiringDate) {
}
