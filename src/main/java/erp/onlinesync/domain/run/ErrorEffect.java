package erp.onlinesync.domain.run;

import erp.onlinesync.domain.link.LinkFailure;
import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;

/**
 * What a proxy error does to the run and the link (contract section 6), and what the person must do
 * next. Pure, so that each code's effect is stated and tested in one place.
 *
 * @param runState how the run ends ({@link RunState#WAITING} when it pauses)
 * @param linkState the link's new state, or null to leave it as it is
 * @param autoSyncOff whether automatic synchronization is switched off
 * @param nextAction the button to offer, or null when there is nothing for a person to do
 * @param advice a sentence for the chatter saying what happens next or what to do
 */
public record ErrorEffect(RunState runState, LinkState linkState, boolean autoSyncOff, NextAction nextAction,
        String advice) {

    public static ErrorEffect of(ProxyException e) {
        ProxyFailure f = e.failure();
        return switch (f) {
            case BAD_SIGNATURE -> failed(LinkState.ERROR, NextAction.FETCH_AGAIN,
                    "The proxy refused the module's signature; check the server clock, then fetch again.");
            case ACCESS_TOKEN_EXPIRED -> failed(LinkState.ERROR, NextAction.FETCH_AGAIN,
                    "The proxy kept refusing a renewed access token; fetch again, or reconnect if it persists.");
            case CONSENT_REVOKED -> failed(LinkState.DISCONNECTED, NextAction.RECONNECT,
                    "The consent expired or was revoked: reconnect the bank to go on.");
            case LINK_DELETED -> failed(LinkState.DISCONNECTED, NextAction.RECONNECT,
                    "The link no longer exists on the proxy: reconnect the bank to go on.");
            case PROVIDER_UNAVAILABLE -> failed(LinkState.ERROR, NextAction.FETCH_AGAIN,
                    "The bank or its provider is unavailable; the next scheduled run tries again.");
            case UNATTENDED_FORBIDDEN -> new ErrorEffect(RunState.DONE, null, true, null,
                    "This institution does not allow automatic synchronization: auto-sync is off,"
                            + " fetch the transactions by hand.");
            case QUOTA_REACHED -> waiting(
                    "The provider's quota for this link is reached; the run resumes when it allows calls again.");
            case USER_ACTION_NEEDED -> NextAction.RECONNECT.equals(modeOf(e))
                    ? failed(LinkState.ERROR, NextAction.RECONNECT, "Press Reconnect and renew the consent at the bank.")
                    : failed(LinkState.ERROR, NextAction.UPDATE_CREDENTIALS,
                            "Press Update credentials and sign in to the bank again.");
            case BAD_REQUEST -> failed(null, NextAction.FETCH_AGAIN,
                    "The proxy refused the module's request; this is a module bug, please report it with the reference.");
            case UNKNOWN_CODE -> failed(LinkState.ERROR, NextAction.FETCH_AGAIN,
                    "The proxy answered an error this module does not know; the next run tries again.");
            // A 429 whose Retry-After is too long to sleep through: the run waits for it without a thread.
            case TRANSPORT -> e.retryAfter() != null
                    ? waiting("The proxy asked to wait before the next call; the run resumes then.")
                    : failed(LinkState.ERROR, NextAction.FETCH_AGAIN,
                            "The proxy could not be reached after several tries; nothing of the failed page was"
                                    + " written, the next run goes on from there.");
            case MALFORMED_ANSWER -> failed(LinkState.ERROR, NextAction.FETCH_AGAIN,
                    "The proxy's answer did not follow the contract; nothing of it was written, the next run asks again.");
        };
    }

    /** The effect of a failure inside the module (a bug or a database fault). */
    public static ErrorEffect internal() {
        return failed(LinkState.ERROR, NextAction.FETCH_AGAIN,
                "Nothing of the failed page was written; the next run goes on from there.");
    }

    /**
     * @param message the proxy's message for a person (or the module's), to which the advice is added
     * @return what the failure does to the link
     */
    public LinkFailure forLink(int code, String message, String reference, java.time.Instant notBefore) {
        return new LinkFailure(linkState, autoSyncOff, nextAction, code, (message == null ? "" : message + " ") + advice,
                reference, notBefore);
    }

    private static NextAction modeOf(ProxyException e) {
        return "reconnect".equals(e.mode()) ? NextAction.RECONNECT : NextAction.UPDATE_CREDENTIALS;
    }

    private static ErrorEffect failed(LinkState linkState, NextAction nextAction, String advice) {
        return new ErrorEffect(RunState.FAILED, linkState, false, nextAction, advice);
    }

    private static ErrorEffect waiting(String advice) {
        return new ErrorEffect(RunState.WAITING, null, false, null, advice);
    }
}
