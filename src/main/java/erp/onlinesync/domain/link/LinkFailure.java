package erp.onlinesync.domain.link;

import java.time.Instant;

/**
 * What a failed run (or a proxy's report of an error) does to its link: the state it moves to, whether
 * automatic synchronization stops, the action a person must take, and the error as the chatter
 * tells it.
 *
 * @param newState the link's new state, or null to leave it as it is
 * @param action the button to offer, or null when nothing is to be done by a person
 * @param code the proxy's error code (a negative number for the module's own kinds)
 * @param message the text for a person: the proxy's message and the advice of what happens next
 * @param reference the reference to quote to support, or null
 * @param notBefore no call for the link may go out before this time (provider's retry_after), or null
 */
public record LinkFailure(LinkState newState, boolean autoSyncOff, NextAction action, int code, String message,
        String reference, Instant notBefore) {
}
