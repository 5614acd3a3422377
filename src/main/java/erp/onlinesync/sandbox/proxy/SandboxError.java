package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.sandbox.bank.HostileAnswers;
import erp.onlinesync.sandbox.link.LinkMode;
import java.time.Duration;
import java.time.Instant;

/**
 * A functional error the sandbox answers (HTTP 200 with an {@code error} body). Thrown as control flow
 * from deep in a call, so it skips the stack trace. Its message never holds a token.
 */
public final class SandboxError extends RuntimeException {

    /** How long Quota Bank, and a forced 202, keep a link waiting. */
    public static final Duration QUOTA_WINDOW = Duration.ofHours(1);

    private final ErrorCode code;
    private final String mode;
    private final Instant retryAfter;
    private final String userMessage;
    private final String reference;

    private SandboxError(ErrorCode code, String detail, String mode, Instant retryAfter, String userMessage,
            String reference) {
        super(code.technical() + (detail == null ? "" : ": " + detail), null, false, false);
        this.code = code;
        this.mode = mode;
        this.retryAfter = retryAfter;
        this.userMessage = userMessage == null ? code.userMessage() : userMessage;
        this.reference = reference;
    }

    private SandboxError(ErrorCode code, String detail, String mode, Instant retryAfter) {
        this(code, detail, mode, retryAfter, null, null);
    }

    /** @param detail what exactly went wrong, for the technical message; no secret */
    public SandboxError(ErrorCode code, String detail) {
        this(code, detail, null, null);
    }

    /** Hostile Bank's outage: a 200 whose message and reference are far longer than any column. */
    public static SandboxError hostile() {
        return new SandboxError(ErrorCode.PROVIDER_UNAVAILABLE, "an oversized error", null, null,
                HostileAnswers.ERROR_MESSAGE, HostileAnswers.ERROR_REFERENCE);
    }

    public static SandboxError badRequest(String detail) {
        return new SandboxError(ErrorCode.BAD_REQUEST, detail);
    }

    public static SandboxError quota(Instant retryAfter) {
        return new SandboxError(ErrorCode.QUOTA_REACHED, "retry after " + retryAfter, null, retryAfter);
    }

    public static SandboxError actionNeeded(LinkMode mode) {
        return new SandboxError(ErrorCode.USER_ACTION_NEEDED, "the user must go through the connect page",
                mode.wireName(), null);
    }

    /** An error forced through the control API, with the data its code needs. */
    public static SandboxError forced(ErrorCode code, Instant now) {
        return switch (code) {
            case QUOTA_REACHED -> quota(now.plus(QUOTA_WINDOW));
            case USER_ACTION_NEEDED -> actionNeeded(LinkMode.RECONNECT);
            default -> new SandboxError(code, "forced through the sandbox control API");
        };
    }

    public ErrorCode code() {
        return code;
    }

    /** @return the connect page mode that fixes a 300, or null */
    public String mode() {
        return mode;
    }

    /** @return the message for the user: the code's own unless the error brings another */
    public String userMessage() {
        return userMessage;
    }

    /** @return the error reference to answer, or null for a fresh random one */
    public String reference() {
        return reference;
    }

    /** @return when a 202 ends, or null */
    public Instant retryAfter() {
        return retryAfter;
    }
}
