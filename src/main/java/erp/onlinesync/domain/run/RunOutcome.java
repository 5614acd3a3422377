package erp.onlinesync.domain.run;

import java.time.Duration;

/**
 * How a run ended, as monitoring counts it: read from the run once its end is committed, so a
 * rolled-back ending is never counted.
 *
 * @param errorCode the proxy's error code (or the module's own, negative), null when none
 */
public record RunOutcome(RunTrigger trigger, RunState state, Duration took, int imported, int skippedDuplicates,
        Integer errorCode) {
}
