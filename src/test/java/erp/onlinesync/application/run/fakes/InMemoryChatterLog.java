package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.chatter.ChainHead;
import erp.onlinesync.domain.chatter.ChatterLog;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The chatter in a list, in the order written. */
public final class InMemoryChatterLog implements ChatterLog {

    private final List<ChatterMessage> messages = new ArrayList<>();
    private final Map<String, ChainHead> heads = new HashMap<>();

    @Override
    public synchronized void append(ChatterMessage message) {
        messages.add(Ids.withId(message, messages.size() + 1L));
        heads.put(key(message.getRecordType(), message.getRecordId()),
                head(message.getRecordType(), message.getRecordId()).append(message));
    }

    @Override
    public ChainHead head(String recordType, long recordId) {
        return heads.getOrDefault(key(recordType, recordId), ChainHead.EMPTY);
    }

    private static String key(String recordType, long recordId) {
        return recordType + "/" + recordId;
    }

    @Override
    public List<ChatterMessage> of(String recordType, long recordId, long afterId, int limit) {
        return messages.stream().filter(m -> m.getRecordType().equals(recordType) && m.getRecordId() == recordId
                && m.getId() > afterId).limit(limit).toList();
    }

    public List<ChatterMessage> ofKind(MessageKind kind) {
        return messages.stream().filter(m -> m.getKind() == kind).toList();
    }

    public List<ChatterMessage> all() {
        return List.copyOf(messages);
    }
}
