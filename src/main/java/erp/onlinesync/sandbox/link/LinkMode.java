package erp.onlinesync.sandbox.link;

import java.util.Arrays;
import java.util.Optional;

/** The connect page's modes (contract section 4): a new link, or one of three ways to renew one. */
public enum LinkMode {
    LINK("link"), UPDATE_CREDENTIALS("updateCredentials"), RECONNECT("reconnect"), REFRESH_ACCOUNTS("refreshAccounts");

    private final String wireName;

    LinkMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** @return whether this mode renews an existing link (and so needs its client id) */
    public boolean renews() {
        return this != LINK;
    }

    public static Optional<LinkMode> fromWire(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }
}
