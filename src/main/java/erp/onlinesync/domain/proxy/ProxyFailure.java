package erp.onlinesync.domain.proxy;

/**
 * Why a call to the proxy failed: one constant per error code of the contract (section 6), plus the
 * transport faults that outlived the retries and answers that do not follow the contract.
 */
public enum ProxyFailure {
    BAD_SIGNATURE(100),
    ACCESS_TOKEN_EXPIRED(101),
    CONSENT_REVOKED(102),
    LINK_DELETED(104),
    PROVIDER_UNAVAILABLE(200),
    UNATTENDED_FORBIDDEN(201),
    QUOTA_REACHED(202),
    USER_ACTION_NEEDED(300),
    BAD_REQUEST(400),
    /** A code this module does not know: treated like a provider fault. */
    UNKNOWN_CODE(0),
    /** 429, 5xx or a timeout, still failing after the bounded retries. */
    TRANSPORT(-1),
    /** Not JSON, neither result nor error, or a result missing what the contract promises. */
    MALFORMED_ANSWER(-2);

    private final int code;

    ProxyFailure(int code) {
        this.code = code;
    }

    /** @return the contract's error code, or a negative number for the module's own kinds */
    public int code() {
        return code;
    }

    public static ProxyFailure ofCode(int code) {
        for (ProxyFailure f : values()) {
            if (f.code == code && code > 0) {
                return f;
            }
        }
        return UNKNOWN_CODE;
    }
}
