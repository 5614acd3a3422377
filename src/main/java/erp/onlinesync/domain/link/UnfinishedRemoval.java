package erp.onlinesync.domain.link;

/** What the clean-up does with a link never finished, as {@link OnlineLink#removalAsUnfinished} decides. */
public enum UnfinishedRemoval {
    /** Finished, too young, or already removed as far as it can be: left alone. */
    NONE,
    /** No run refers to it: the row goes, with its accounts, pending transactions and connect states. */
    DELETE,
    /** Runs refer to it: the row and its runs stay, the link disconnected with its tokens dropped. */
    DISCONNECT
}
