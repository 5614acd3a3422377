package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.proxy.WebhookReceipts;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Received signatures in a map, keyed as the table's primary key is, with when each came. */
public final class InMemoryWebhookReceipts implements WebhookReceipts {

    private final Map<String, Instant> received = new LinkedHashMap<>();

    @Override
    public boolean firstSeen(String clientId, String signature, Instant now, Instant forgetBefore) {
        forgetBefore(forgetBefore);
        return received.putIfAbsent(signature, now) == null;
    }

    @Override
    public int forgetBefore(Instant before) {
        int count = received.size();
        received.values().removeIf(at -> at.isBefore(before));
        return count - received.size();
    }

    public int size() {
        return received.size();
    }
}
