package erp.onlinesync.domain.run;

/**
 * A runner's write found its run no longer running under its claim: another node took it over after
 * the lease ran out, or the run ended. The runner stops at once and writes nothing more; the
 * transaction of the refused write rolls back.
 */
public class ClaimLostException extends RuntimeException {

    public ClaimLostException(long runId) {
        super("Run " + runId + " is no longer held by this claim");
    }
}
