package erp.onlinesync.domain.link;

/**
 * What a person must do about a link in trouble, kept on the link with its problem so that screens
 * offer the right button without reading the chatter. The message key of each button ends in the
 * constant ({@code dashboard.fix.RECONNECT}).
 */
public enum NextAction {
    /** Renew the consent at the bank through the proxy's page (mode {@code reconnect}). */
    RECONNECT,
    /** Sign in to the bank again through the proxy's page (mode {@code updateCredentials}). */
    UPDATE_CREDENTIALS,
    /** Nothing to renew: fetch again once the cause (clock, bank outage) is gone. */
    FETCH_AGAIN
}
