package erp.onlinesync.application.run;

import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import java.time.Instant;

/** A run as the API's {@code GET /sync-runs/{id}} and the screens show it. */
public record RunView(Long id, Long linkId, RunState state, RunTrigger trigger, String requestedBy, Instant startedAt,
        Instant endedAt, Instant resumeAt, int imported, int skippedDuplicates, int skippedPending, int skippedLocked,
        Integer errorCode, String errorReference, String message) {

    public static RunView of(SyncRun r) {
        return new RunView(r.getId(), r.getLink().getId(), r.getState(), r.getTrigger(), r.getRequestedBy(), r.getStartedAt(), r.getEndedAt(),
                r.getResumeAt(), r.getImported(), r.getSkippedDuplicates(), r.getSkippedPending(), r.getSkippedLocked(),
                r.getErrorCode(), r.getErrorReference(), r.getMessage());
    }
}
