package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.shared.Secret;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A link's credentials in memory. It records each renewed token with the number of requests the
 * transport had seen at that moment, so a test can tell whether the token was stored before the retry.
 */
final class FakeSession implements ProxySession {

    static final String CLIENT_ID = "client-42";
    static final String REFRESH_TOKEN = Base64.getEncoder().encodeToString("refresh-key-of-client-42".getBytes());
    static final String ACCESS_TOKEN = "access-token-ORIGINAL-7f3a";

    /** A renewal: the token and how many requests had been sent when it was stored. */
    record Renewal(String token, int requestsSent) {
    }

    private final FakeTransport transport;
    private Secret accessToken = Secret.of(ACCESS_TOKEN);
    private final List<Renewal> renewals = new ArrayList<>();

    FakeSession(FakeTransport transport) {
        this.transport = transport;
    }

    @Override
    public String providerType() {
        return null;
    }

    @Override
    public String clientId() {
        return CLIENT_ID;
    }

    @Override
    public Secret refreshToken() {
        return Secret.of(REFRESH_TOKEN);
    }

    @Override
    public Secret accessToken() {
        return accessToken;
    }

    @Override
    public void renewAccessToken(Secret newAccessToken) {
        renewals.add(new Renewal(newAccessToken.reveal(), transport.sent().size()));
        accessToken = newAccessToken;
    }

    List<Renewal> renewals() {
        return renewals;
    }
}
