package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.shared.JobPeriods;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Claims in a map keyed as the table's primary key is (job, period); the first node to claim keeps it. */
public final class InMemoryJobPeriods implements JobPeriods {

    public record Key(String job, String period) {
    }

    private final Map<Key, String> winners = new LinkedHashMap<>();

    @Override
    public synchronized boolean claim(String job, String period, String node, Instant at) {
        return winners.putIfAbsent(new Key(job, period), node) == null;
    }

    /** @return the node that claimed the job's period, or null */
    public synchronized String winner(String job, String period) {
        return winners.get(new Key(job, period));
    }
}
