package erp.onlinesync.domain.chatter;

/**
 * The outcome of verifying a record's chatter chain.
 *
 * @param count the messages checked
 * @param firstBrokenId the first message whose seal does not hold (null when ok, or when the newest
 *        messages were removed: then no message is wrong but the chain ends early)
 * @param reason why, for the auditor (null when ok)
 */
public record ChainCheck(boolean ok, long count, Long firstBrokenId, String reason) {
}
