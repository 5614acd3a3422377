package erp.onlinesync.domain.proxy;

import erp.onlinesync.domain.shared.Text;
import java.time.Instant;

/**
 * A failed proxy call, typed by {@link ProxyFailure}. Carries what the contract's {@code error.data}
 * gives: the message for the user, the reference to quote to support, the mode of the button to
 * offer ({@code updateCredentials}/{@code reconnect}), the time before which no call may go out
 * (quota). The exception message is technical and holds no secret.
 * <p>
 * The user message, the reference and the mode come from outside (a proxy answer, a webhook), so the
 * constructor cleans them of control characters and cuts them to {@link #USER_MESSAGE_MAX} and
 * {@link #ERROR_REFERENCE_MAX} ({@link Text}): recording the failure (run, chatter) cannot fail on what
 * a proxy sent, whoever built the exception. One that is blank once cleaned is absent (null).
 */
public class ProxyException extends RuntimeException {

    /** Room for a real explanation, and still well inside the run's and the chatter's message columns. */
    public static final int USER_MESSAGE_MAX = 1000;
    /** The {@code error_reference} columns of the run and the chatter. */
    public static final int ERROR_REFERENCE_MAX = 200;

    private final ProxyFailure failure;
    private final int code;
    private final String userMessage;
    private final String errorReference;
    private final String mode;
    private final Instant retryAfter;

    public ProxyException(ProxyFailure failure, int code, String message, String userMessage, String errorReference,
            String mode, Instant retryAfter) {
        super(message);
        this.failure = failure;
        this.code = code;
        this.userMessage = presentOrNull(Text.freeText(userMessage, USER_MESSAGE_MAX));
        this.errorReference = presentOrNull(Text.singleLine(errorReference, ERROR_REFERENCE_MAX));
        this.mode = presentOrNull(Text.singleLine(mode));
        this.retryAfter = retryAfter;
    }

    /** A transport fault or malformed answer: no proxy code, no reference. */
    public static ProxyException of(ProxyFailure failure, String message) {
        return new ProxyException(failure, failure.code(), message, null, null, null, null);
    }

    private static String presentOrNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public ProxyFailure failure() {
        return failure;
    }

    /** @return the proxy's code as received (also for {@link ProxyFailure#UNKNOWN_CODE}) */
    public int code() {
        return code;
    }

    /** @return the message for a person, from the proxy, or null */
    public String userMessage() {
        return userMessage;
    }

    public String errorReference() {
        return errorReference;
    }

    /** @return {@code updateCredentials} or {@code reconnect} for code 300, else null */
    public String mode() {
        return mode;
    }

    /** @return for code 202, when calls for this link may start again; else null */
    public Instant retryAfter() {
        return retryAfter;
    }
}
