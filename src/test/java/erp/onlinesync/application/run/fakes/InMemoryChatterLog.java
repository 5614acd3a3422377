package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.chatter.ChatterLog;
import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.MessageKind;
import java.util.ArrayList;
import java.util.List;

/** The chatter in a list, in the order written. */
public final class InMemoryChatterLog implements ChatterLog {

    private final List<ChatterMessage> messages = new ArrayList<>();

    @Override
    public void append(ChatterMessage message) {
        messages.add(Ids.withId(message, messages.size() + 1L));
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
