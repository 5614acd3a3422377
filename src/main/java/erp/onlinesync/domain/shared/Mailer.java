package erp.onlinesync.domain.shared;

/**
 * Sends plain-text mail to a person, when the installation has a mail server configured. Callers send
 * after their transaction is committed: a slow or refusing server then delays or loses a mail, never a
 * change.
 */
public interface Mailer {

    /** @return false when no mail server is configured: nothing is sent, the callers tell in the chatter only */
    boolean configured();

    /**
     * @throws MailFailure when the server cannot be reached or refuses the mail; its message names no secret
     * @throws IllegalStateException when no mail server is {@linkplain #configured() configured}
     */
    void send(String to, String subject, String body);
}
