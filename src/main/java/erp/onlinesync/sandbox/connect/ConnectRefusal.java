package erp.onlinesync.sandbox.connect;

/**
 * A connect request the page cannot serve (unknown institution, bad mode, return URL or client id): shown
 * on an error page, never redirected, since the return URL itself may be what is wrong. Control flow, so
 * it skips the stack trace; its message is escaped before it reaches the page.
 */
final class ConnectRefusal extends RuntimeException {

    ConnectRefusal(String message) {
        super(message, null, false, false);
    }
}
