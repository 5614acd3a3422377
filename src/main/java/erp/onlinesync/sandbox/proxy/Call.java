package erp.onlinesync.sandbox.proxy;

import java.util.Arrays;
import java.util.Optional;

/** The calls of the contract (sections 3 and 5), by their name in {@code /proxy/v1/<name>}. */
public enum Call {
    INSTITUTIONS("institutions"),
    EXCHANGE_TOKEN("exchange_token"),
    GET_ACCESS_TOKEN("get_access_token"),
    ACCOUNTS("accounts"),
    REFRESH("refresh"),
    TRANSACTIONS("transactions"),
    CONNECTION_STATUS("connection_status"),
    DELETE_USER("delete_user");

    /** The contract path's prefix, which the signature covers whatever prefix the base URL adds. */
    public static final String PATH_PREFIX = "/proxy/v1/";

    private final String wireName;

    Call(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<Call> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }

    /** @return the path the signature covers, e.g. {@code /proxy/v1/accounts} */
    public String path() {
        return PATH_PREFIX + wireName;
    }

    public boolean signed() {
        return this != INSTITUTIONS && this != EXCHANGE_TOKEN;
    }

    /**
     * @return whether the call only manages the link's tokens or life: institutions' quirks (faults, quota,
     *         cron refusal, outages) never hit it, so a module can always renew a token or delete a link
     */
    public boolean administrative() {
        return this == GET_ACCESS_TOKEN || this == DELETE_USER;
    }

    /** @return whether the call fetches the bank's data, which a bank that is down or needs the user refuses */
    public boolean fetchesData() {
        return this == REFRESH || this == TRANSACTIONS;
    }

    public String wireName() {
        return wireName;
    }
}
