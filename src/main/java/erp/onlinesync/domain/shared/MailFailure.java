package erp.onlinesync.domain.shared;

/** A mail could not be sent; the message says why for a person and never holds the server's password. */
public class MailFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
