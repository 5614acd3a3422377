package erp.onlinesync.domain.run;

/** The states of a {@link SyncRun}; the first three are "active" and hold the link's one active slot. */
public enum RunState {
    QUEUED, RUNNING, WAITING, DONE, FAILED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING || this == WAITING;
    }
}
