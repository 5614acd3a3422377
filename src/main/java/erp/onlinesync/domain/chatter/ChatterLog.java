package erp.onlinesync.domain.chatter;

import java.util.List;

/** Where chatter messages are kept: append-only. Every method joins the caller's transaction. */
public interface ChatterLog {

    void append(ChatterMessage message);

    /** @return the record's messages with an id above {@code afterId} (0 for all), oldest first, at most {@code limit} */
    List<ChatterMessage> of(String recordType, long recordId, long afterId, int limit);
}
