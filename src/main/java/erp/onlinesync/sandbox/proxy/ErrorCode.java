package erp.onlinesync.sandbox.proxy;

import java.util.Arrays;
import java.util.Optional;

/** The functional error codes of the contract (section 6), with the sandbox's technical and user messages. */
public enum ErrorCode {
    BAD_SIGNATURE(100, "Bad signature or clock skew", "The bank connection could not be verified."),
    ACCESS_TOKEN_EXPIRED(101, "Access token expired", "The session with the bank expired."),
    CONSENT_REVOKED(102, "Refresh token expired or consent revoked",
            "Your consent to share this bank's data has ended: please reconnect."),
    LINK_DELETED(104, "Unknown client_id", "This bank connection no longer exists at the provider."),
    PROVIDER_UNAVAILABLE(200, "Provider or bank unavailable",
            "The bank cannot be reached right now; the next synchronization will try again."),
    UNATTENDED_FORBIDDEN(201, "Institution forbids unattended synchronization",
            "This bank only allows a synchronization that a person starts."),
    QUOTA_REACHED(202, "Provider quota reached", "The bank's daily limit of requests is reached; it resets later."),
    USER_ACTION_NEEDED(300, "User action needed", "The bank needs you to update your credentials."),
    BAD_REQUEST(400, "Bad request", "The request could not be processed.");

    private final int code;
    private final String technical;
    private final String userMessage;

    ErrorCode(int code, String technical, String userMessage) {
        this.code = code;
        this.technical = technical;
        this.userMessage = userMessage;
    }

    public static Optional<ErrorCode> of(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }

    public int code() {
        return code;
    }

    public String technical() {
        return technical;
    }

    public String userMessage() {
        return userMessage;
    }
}
