package erp.onlinesync.domain.chatter;

/**
 * What the log keeps of a record's chain beside its messages: how many were written and the last
 * one's hash, so removing the newest messages (which no later message points to) is seen too.
 */
public record ChainHead(long count, String lastHash) {

    /** The head of a record that has no message yet. */
    public static final ChainHead EMPTY = new ChainHead(0, null);

    /**
     * Seals {@code message} to this chain.
     *
     * @return the head once it is appended
     */
    public ChainHead append(ChatterMessage message) {
        message.chainTo(lastHash);
        return new ChainHead(count + 1, message.getHash());
    }
}
