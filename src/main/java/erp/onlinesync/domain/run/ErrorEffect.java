package erp.onlinesync.domain.run;

import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;

/**
 * What a proxy error does to the run and the link (contract section 6), and what the person must do
 * next. Pure, so that each code's effect is stated and tested in one place.
 *
 * @param runState how the run ends ({@link RunState#WAITING} when it pauses)
 * @param linkState the link's new state, or null to leave it as it is
 * @param autoSyncOff whether automatic synchronization is switched off
 * @param nextAction the button to offer: {@code reconnect}, {@code updateCredentials}, {@code fetch}, or null
 * @param advice a sentence for the chatter saying what happens next or what to do
 */
public record ErrorEffect(RunState runState, LinkState linkState, boolean autoSyncOff, String nextAction, String advice) {

    public static final String RECONNECT = "reconnect";
    public static final String UPDATE_CREDENTIALS = "updateCredentials";
    public static final String FETCH = "fetch";

    public static ErrorEffect of(ProxyException e) {
        ProxyFailure f = e.failure();
        return switch (f) {
            case BAD_SIGNATURE -> failed(LinkState.ERROR, FETCH,
                    "The proxy refused the module's signature; check the server clock, then fetch again.");
            case ACCESS_TOKEN_EXPIRED -> failed(LinkState.ERROR, FETCH,
                    "The proxy kept refusing a renewed access token; fetch again, or reconnect if it persists.");
            case CONSENT_REVOKED -> failed(LinkState.DISCONNECTED, RECONNECT,
                    "The consent expired or was revoked: reconnect the bank to go on.");
            case LINK_DELETED -> failed(LinkState.DISCONNECTED, RECONNECT,
                    "The link no longer exists on the proxy: reconnect the bank to go on.");
            case PROVIDER_UNAVAILABLE -> failed(LinkState.ERROR, FETCH,
                    "The bank or its provider is unavailable; the next scheduled run tries again.");
            case UNATTENDED_FORBIDDEN -> new ErrorEffect(RunState.DONE, null, true, FETCH,
                    "This institution does not allow automatic synchronization: auto-sync is off,"
                            + " fetch the transactions by hand.");
            case QUOTA_REACHED -> new ErrorEffect(RunState.WAITING, null, false, null,
                    "The provider's quota for this link is reached; the run resumes when it allows calls again.");
            case USER_ACTION_NEEDED -> failed(LinkState.ERROR,
                    ErrorEffect.RECONNECT.equals(e.mode()) ? RECONNECT : UPDATE_CREDENTIALS,
                    ErrorEffect.RECONNECT.equals(e.mode()) ? "Press Reconnect and renew the consent at the bank."
                            : "Press Update credentials and sign in to the bank again.");
            case BAD_REQUEST -> failed(null, FETCH,
                    "The proxy refused the module's request; this is a module bug, please report it with the reference.");
            case UNKNOWN_CODE -> failed(LinkState.ERROR, FETCH,
                    "The proxy answered an error this module does not know; the next run tries again.");
            case TRANSPORT -> failed(LinkState.ERROR, FETCH,
                    "The proxy could not be reached after several tries; nothing of the failed page was written,"
                            + " the next run goes on from there.");
            case MALFORMED_ANSWER -> failed(LinkState.ERROR, FETCH,
                    "The proxy's answer did not follow the contract; nothing of it was written, the next run asks again.");
        };
    }

    private static ErrorEffect failed(LinkState linkState, String nextAction, String advice) {
        return new ErrorEffect(RunState.FAILED, linkState, false, nextAction, advice);
    }
}
