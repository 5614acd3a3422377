package erp.onlinesync.sandbox.control;

/** A control request that cannot be served: its HTTP status and a message for the test that sent it. */
final class ControlException extends RuntimeException {

    static final int BAD_REQUEST = 400;
    static final int NOT_FOUND = 404;

    private final int status;

    ControlException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
