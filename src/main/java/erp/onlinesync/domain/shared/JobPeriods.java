package erp.onlinesync.domain.shared;

import java.time.Instant;

/**
 * Periodic jobs that run once per period across all nodes. Every node runs the same timers; at each
 * firing, each node claims the period, and only the one that wins does the work:
 * <pre>{@code
 * if (periods.claim("housekeeping", day.toString(), node.name(), Instant.now(clock))) {
 *     // this node alone does the day's work
 * }
 * }</pre>
 * The period is any text naming one turn of the job (a date, a week, an hour) that every node computes
 * alike for the same firing. A claim is final: a node that wins and then fails does not give the period
 * back, so a job runs at most once per period, and a failed turn waits for the next one.
 */
public interface JobPeriods {

    /** Longest job name. */
    int JOB_MAX = 60;
    /** Longest period. */
    int PERIOD_MAX = 40;

    /**
     * Claims the period of a job for this node, committed at once whatever transaction the caller is in.
     *
     * @param node the claiming node's name, kept to tell where the job ran
     * @return true for exactly one caller per job and period, on whichever node: that caller does the work
     * @throws IllegalArgumentException for a job name or a period longer than {@link #JOB_MAX} or
     *         {@link #PERIOD_MAX}: cut, two of them could become one
     */
    boolean claim(String job, String period, String node, Instant at);
}
