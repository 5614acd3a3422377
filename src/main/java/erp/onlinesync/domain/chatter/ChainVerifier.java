package erp.onlinesync.domain.chatter;

import java.util.Objects;

/**
 * Walks a record's messages oldest first, page by page, and says where the chain breaks first: a
 * message whose content no longer matches its hash (edited), or one that does not point to the
 * message before it (one was removed or put in between). The head then tells whether the newest
 * messages are all there.
 * <p>
 * Messages from before the chain existed were sealed by the migration that introduced it, in id order.
 */
public final class ChainVerifier {

    private String previousHash;
    private long count;
    private Long brokenId;
    private String brokenReason;

    /** Takes the next message, oldest first; after the first break the rest is only counted. */
    public void accept(ChatterMessage message) {
        count++;
        if (brokenReason == null) {
            brokenReason = !Objects.equals(message.getPreviousHash(), previousHash)
                    ? "the message before it was changed, removed or put in between: its link to it does not match"
                    : !message.recomputeHash().equals(message.getHash()) ? "its content was changed after it was written"
                    : null;
            brokenId = brokenReason == null ? null : message.getId();
        }
        previousHash = message.getHash();
    }

    /** @param head what the log kept of the chain ({@link ChainHead#EMPTY} when no message was ever written) */
    public ChainCheck result(ChainHead head) {
        if (brokenReason != null) {
            return new ChainCheck(false, count, brokenId, brokenReason);
        }
        if (head.count() != count || !Objects.equals(head.lastHash(), previousHash)) {
            return new ChainCheck(false, count, null, head.count() + " messages were written but " + count
                    + " are there, ending on another message than the last one written: newer messages were removed");
        }
        return new ChainCheck(true, count, null, null);
    }
}
