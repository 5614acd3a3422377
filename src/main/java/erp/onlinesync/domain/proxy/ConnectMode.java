package erp.onlinesync.domain.proxy;

/** The connect page's modes: a new link, or one of three ways to renew an existing link. */
public enum ConnectMode {
    LINK("link"), UPDATE_CREDENTIALS("updateCredentials"), RECONNECT("reconnect"), REFRESH_ACCOUNTS("refreshAccounts");

    private final String wireName;

    ConnectMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** @throws IllegalArgumentException for a name that is not one of the four modes */
    public static ConnectMode fromWire(String name) {
        for (ConnectMode m : values()) {
            if (m.wireName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode must be link, updateCredentials, reconnect or refreshAccounts");
    }
}
