package erp.onlinesync.domain.proxy;

import java.time.Instant;

/** The webhook calls received lately, so that a replayed call is refused, on any node. */
public interface WebhookReceipts {

    /**
     * Records the call's signature, forgetting the ones older than {@code forgetBefore}.
     *
     * @return false when the same signature was received before (a replay)
     */
    boolean firstSeen(String clientId, String signature, Instant now, Instant forgetBefore);

    /**
     * Forgets the signatures received before {@code before}, for the nights without webhook calls.
     *
     * @return how many were forgotten
     */
    int forgetBefore(Instant before);
}
