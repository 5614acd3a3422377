package erp.onlinesync.application.housekeeping;

/**
 * What one night's clean-up did.
 *
 * @param deletedLinks links never finished deleted with their accounts
 * @param disconnectedLinks links never finished kept for their runs, disconnected with their tokens dropped
 * @param failedLinks links whose removal failed (logged each), tried again the next night
 * @param connectRequests expired connect requests deleted
 * @param webhookReceipts old webhook signatures forgotten
 */
public record HousekeepingCounts(int deletedLinks, int disconnectedLinks, int failedLinks, int connectRequests,
        int webhookReceipts) {

    /** @return the counts as the log line tells them */
    public String describe() {
        return deletedLinks + " unfinished links deleted, " + disconnectedLinks + " disconnected (kept for their runs), "
                + failedLinks + " failed; " + connectRequests + " expired connect requests and " + webhookReceipts
                + " webhook receipts pruned";
    }
}
