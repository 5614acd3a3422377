package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import erp.onlinesync.sandbox.link.Link;
import erp.onlinesync.sandbox.link.LinkRegistry;
import java.time.Clock;

/**
 * The checks of a signed call (contract section 2), in this order: a known {@code client_id} (else 104), a
 * timestamp within {@value ProxySignature#MAX_SKEW_SECONDS} s (else 100), the HMAC signature over the
 * contract path and the raw body with the link's current refresh token as key (else 100: a signature made
 * with an older generation's refresh token fails here too), a consent still valid (else 102, except for
 * {@code delete_user}), then the current, unexpired access token (else 101; {@code get_access_token}
 * accepts the current one even expired).
 */
final class SignedCallGate {

    private final LinkRegistry links;
    private final Clock clock;
    private final int maxCallsPerToken;

    SignedCallGate(LinkRegistry links, Clock clock, int maxCallsPerToken) {
        this.links = links;
        this.clock = clock;
        this.maxCallsPerToken = maxCallsPerToken;
    }

    /** @throws SandboxError 104 when no link has that client id */
    Link identify(SignedHeaders headers) {
        return links.forSignedCall(headers.clientId(), headers.accessToken())
                .orElseThrow(() -> new SandboxError(ErrorCode.LINK_DELETED, "no link has this client_id"));
    }

    /** @throws SandboxError 100, 102 or 101 when the call must not go through */
    void admit(Link link, Call call, SignedHeaders headers, String rawBody) {
        long timestamp = timestamp(headers.timestamp());
        if (!ProxySignature.isFresh(timestamp, clock.instant().getEpochSecond())) {
            throw new SandboxError(ErrorCode.BAD_SIGNATURE, "the timestamp is more than "
                    + ProxySignature.MAX_SKEW_SECONDS + " s from the proxy's clock");
        }
        if (headers.accessToken() == null || headers.accessToken().isEmpty()) {
            throw new SandboxError(ErrorCode.BAD_SIGNATURE, "the access token header is missing");
        }
        Secret presented = Secret.of(headers.accessToken());
        String expected = ProxySignature.sign(timestamp, call.path(), link.clientId(), presented, link.refreshToken(),
                rawBody);
        if (!ProxySignature.matches(expected, headers.signature())) {
            throw new SandboxError(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        if (call != Call.DELETE_USER && !link.consentValid(clock)) {
            throw new SandboxError(ErrorCode.CONSENT_REVOKED, "the consent was revoked or has expired");
        }
        if (link.checkAccessToken(presented, call == Call.GET_ACCESS_TOKEN, maxCallsPerToken) != Link.TokenVerdict.VALID) {
            throw new SandboxError(ErrorCode.ACCESS_TOKEN_EXPIRED, "the access token is expired or replaced");
        }
    }

    private static long timestamp(String header) {
        try {
            return Long.parseLong(header == null ? "" : header.trim());
        } catch (NumberFormatException e) {
            throw new SandboxError(ErrorCode.BAD_SIGNATURE, "the timestamp header is not an integer");
        }
    }
}
