package erp.onlinesync.domain.run;

/**
 * The proof that a runner holds a run: the run's id and the token its claim wrote. Every write of the
 * runner names it, and lands only while the run is still running with that token (a fenced lease).
 */
public record RunClaim(long runId, String token) {

    @Override
    public String toString() {
        return "RunClaim[" + runId + "]";
    }
}
