package erp.onlinesync.domain.run;

/** Who asked for a run. Every trigger but {@link #MANUAL} and {@link #CONNECT} calls the proxy with {@code utils.cron = true}. */
public enum RunTrigger {
    MANUAL, CONNECT, TIMER, WEBHOOK;

    public boolean isUnattended() {
        return this == TIMER || this == WEBHOOK;
    }
}
