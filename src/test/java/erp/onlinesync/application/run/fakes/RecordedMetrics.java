package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.run.RunMetrics;
import erp.onlinesync.domain.run.RunOutcome;
import erp.onlinesync.domain.run.RunTrigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the engine reported, for tests to read. */
public final class RecordedMetrics implements RunMetrics {

    public final List<RunTrigger> queued = new ArrayList<>();
    public final List<RunOutcome> ended = new ArrayList<>();
    public final List<String> proxyCalls = new ArrayList<>();

    @Override
    public void runQueued(RunTrigger trigger) {
        queued.add(trigger);
    }

    @Override
    public void runEnded(RunOutcome outcome) {
        ended.add(outcome);
    }

    @Override
    public void proxyCall(String operation, Duration took, boolean answered) {
        proxyCalls.add(operation);
    }
}
