package erp.onlinesync.domain.chatter;

import java.util.List;

/** Where chatter messages are kept: append-only. Every method joins the caller's transaction. */
public interface ChatterLog {

    /**
     * Stores the message sealed to its record's chain ({@link ChainHead#append}); appends to one record
     * wait for each other, so two transactions never seal two messages to the same predecessor.
     */
    void append(ChatterMessage message);

    /** @return the record's chain head, {@link ChainHead#EMPTY} when it has no message */
    ChainHead head(String recordType, long recordId);

    /** @return the record's messages with an id above {@code afterId} (0 for all), oldest first, at most {@code limit} */
    List<ChatterMessage> of(String recordType, long recordId, long afterId, int limit);
}
