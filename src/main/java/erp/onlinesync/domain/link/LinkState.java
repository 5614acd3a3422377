package erp.onlinesync.domain.link;

/** The health of a link as the last call to the proxy left it. */
public enum LinkState {
    CONNECTED, ERROR, DISCONNECTED
}
