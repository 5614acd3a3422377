package erp.onlinesync.sandbox.link;

import erp.onlinesync.domain.shared.Secret;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

/**
 * Makes and reads a link's tokens, derived from the {@link SandboxKey} instead of stored:
 * <ul>
 * <li>refresh token = Base64 of HMAC(key, client id + grant nonce): 32 bytes nobody can guess without the
 * key, which the contract treats as 32 random bytes;</li>
 * <li>access token = {@code <nonce>.<account mask>.<consent epoch day>.<updated 0|1>.<serial>.<mac>}: it
 * carries its grant and a serial (bumped by {@code get_access_token}) under a MAC bound to the client id,
 * so after a restart the sandbox rebuilds a link from the client id and the access token of its first
 * signed call.</li>
 * </ul>
 * Tokens are {@link Secret}s: nothing here logs them or puts them in a message.
 */
public final class TokenMint {

    private static final int ACCESS_MAC_BYTES = 16;
    private static final int CLAIM_FIELDS = 5;
    private static final String UPDATED = "1";
    private static final String NOT_UPDATED = "0";

    /** What a valid access token says. */
    public record AccessClaims(Grant grant, long serial) {
    }

    private final SandboxKey key;

    public TokenMint(SandboxKey key) {
        this.key = key;
    }

    public Secret refreshToken(String clientId, Grant grant) {
        return Secret.of(Base64.getEncoder().encodeToString(key.mac("refresh|" + clientId + "|" + grant.nonce())));
    }

    public Secret accessToken(String clientId, Grant grant, long serial) {
        return Secret.of(key.seal(accessContext(clientId), ACCESS_MAC_BYTES, Long.toHexString(grant.nonce()),
                Long.toHexString(grant.accountMask()), Long.toString(grant.consentExpiring().toEpochDay()),
                grant.credentialsUpdated() ? UPDATED : NOT_UPDATED, Long.toString(serial)));
    }

    /** @return the token's claims, or empty when this key did not make it for that client id */
    public Optional<AccessClaims> read(String clientId, String token) {
        return key.unseal(accessContext(clientId), ACCESS_MAC_BYTES, token)
                .filter(fields -> fields.length == CLAIM_FIELDS)
                .map(fields -> new AccessClaims(new Grant(Long.parseUnsignedLong(fields[0], 16),
                        Long.parseUnsignedLong(fields[1], 16), LocalDate.ofEpochDay(Long.parseLong(fields[2])),
                        UPDATED.equals(fields[3])), Long.parseLong(fields[4])));
    }

    private static String accessContext(String clientId) {
        return "access|" + clientId;
    }
}
