package erp.onlinesync.domain.run;

import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One synchronization of a link: queued by a trigger, claimed by one node, possibly paused
 * ({@link RunState#WAITING}) and resumed, then done or failed, with its counts.
 * <p>
 * States: {@code QUEUED → RUNNING → WAITING | DONE | FAILED}, {@code WAITING → RUNNING} when its time
 * comes. A {@linkplain #claim claim} takes a queued run, a waiting one whose time came, or a running
 * one whose lease ran out (its node died or hangs), and writes a fresh token: every later change
 * names that token ({@link RunClaim}) and is refused with {@link ClaimLostException} once another
 * claim took the run, so two runners can never both write (a fenced lease).
 * <p>
 * While active, {@code activeLinkId} holds the link's id; the unique index on that column makes a
 * second active run of the same link impossible on any database and across nodes (a partial
 * index would do the same on PostgreSQL only). It is cleared when the run ends.
 */
@Entity
@Table(name = "sync_run")
public class SyncRun {

    @Id
    @SequenceGenerator(name = "sync_run_seq", sequenceName = "sync_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_run_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "link_id")
    private OnlineLink link;

    @Column(name = "active_link_id", unique = true)
    private Long activeLinkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RunState state = RunState.QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false, length = 10)
    private RunTrigger trigger;

    @Column(name = "requested_by", length = 100)
    private String requestedBy;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "resume_at")
    private Instant resumeAt;

    @Column(nullable = false)
    private int imported;

    @Column(name = "skipped_duplicates", nullable = false)
    private int skippedDuplicates;

    @Column(name = "skipped_pending", nullable = false)
    private int skippedPending;

    @Column(name = "skipped_locked", nullable = false)
    private int skippedLocked;

    /** Where the run stands: account and the proxy's {@code next_data}, as JSON text. */
    @Column(name = "run_cursor")
    private String cursor;

    @Column(name = "error_code")
    private Integer errorCode;

    @Column(name = "error_reference", length = REFERENCE_MAX)
    private String errorReference;

    @Column(length = MESSAGE_MAX)
    private String message;

    /** Column sizes: what a failure records is cut to them, so recording a failure never fails. */
    public static final int MESSAGE_MAX = 2000;
    public static final int REFERENCE_MAX = 200;

    @Version
    private long version;

    protected SyncRun() {
    }

    public SyncRun(OnlineLink link, RunTrigger trigger, String requestedBy, Instant now) {
        this.link = link;
        this.activeLinkId = link.getId();
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.startedAt = now;
    }

    public Long getId() {
        return id;
    }

    public OnlineLink getLink() {
        return link;
    }

    public RunState getState() {
        return state;
    }

    public RunTrigger getTrigger() {
        return trigger;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getResumeAt() {
        return resumeAt;
    }

    public int getImported() {
        return imported;
    }

    public int getSkippedDuplicates() {
        return skippedDuplicates;
    }

    public int getSkippedPending() {
        return skippedPending;
    }

    public int getSkippedLocked() {
        return skippedLocked;
    }

    /** @return true when a claim may take the run now: queued, waiting whose time came, or running with an expired lease */
    public boolean isClaimable(Instant now) {
        return state == RunState.QUEUED || (state == RunState.WAITING && !resumeAt.isAfter(now))
                || (state == RunState.RUNNING && leaseUntil.isBefore(now));
    }

    /**
     * Takes the run for {@code node} with a fresh {@code token} until {@code leaseUntil}.
     *
     * @throws IllegalStateException when the run is not {@linkplain #isClaimable claimable}
     */
    public RunClaim claim(String node, String token, Instant leaseUntil, Instant now) {
        if (!isClaimable(now)) {
            throw new IllegalStateException("run " + id + " is " + state + " and cannot be claimed now");
        }
        state = RunState.RUNNING;
        claimedBy = node;
        claimToken = token;
        this.leaseUntil = leaseUntil;
        resumeAt = null;
        return new RunClaim(id, token);
    }

    /** @return true while the run is running under that claim */
    public boolean isHeldBy(RunClaim claim) {
        return state == RunState.RUNNING && claim.runId() == id && claim.token().equals(claimToken);
    }

    /** @throws ClaimLostException when another claim took the run or it ended */
    public void renewLease(RunClaim claim, Instant until) {
        requireHeldBy(claim);
        leaseUntil = until;
    }

    /** Moves the cursor (JSON text of the run cursor) under the claim. */
    public void moveCursor(RunClaim claim, String cursor) {
        requireHeldBy(claim);
        this.cursor = cursor;
    }

    /**
     * Pauses the run until {@code resumeAt}; it keeps the link's active slot and its cursor, and loses
     * its claim (the resumed run is claimed anew, by any node).
     */
    public void pause(RunClaim claim, Instant resumeAt, String reason) {
        requireHeldBy(claim);
        state = RunState.WAITING;
        this.resumeAt = resumeAt;
        releaseClaim();
        message = Text.freeText(reason, MESSAGE_MAX);
    }

    /** Pauses the run for the proxy's error (a quota, a rate limit), recorded with it. */
    public void pause(RunClaim claim, Instant resumeAt, String reason, Integer code, String reference) {
        pause(claim, resumeAt, reason);
        errorCode = code;
        errorReference = Text.singleLine(reference, REFERENCE_MAX);
    }

    /** Ends the run as done, freeing the link's active slot for the next one. */
    public void complete(RunClaim claim, Instant at, String summary) {
        end(claim, RunState.DONE, at, summary);
    }

    /** Ends the run as {@code finalState} (done for an error that ends a run well, such as 201) with the error recorded. */
    public void fail(RunClaim claim, RunState finalState, Instant at, Integer code, String reference, String reason) {
        end(claim, finalState, at, reason);
        errorCode = code;
        errorReference = Text.singleLine(reference, REFERENCE_MAX);
    }

    /** @return the run's end as monitoring counts it; only meaningful once the run ended */
    public RunOutcome outcome() {
        return new RunOutcome(trigger, state, Duration.between(startedAt, endedAt), imported,
                skippedDuplicates, errorCode);
    }

    /** @return the body of the chatter entry telling of this run's end */
    public String describe() {
        return "run " + id + ", " + trigger.name().toLowerCase(java.util.Locale.ROOT)
                + (requestedBy == null ? "" : " by " + requestedBy);
    }

    /** @return what the run did, for the chatter */
    public String countsSummary() {
        return imported + " transactions imported, " + skippedDuplicates + " already imported, " + skippedPending
                + " pending kept apart"
                + (skippedLocked > 0 ? ", " + skippedLocked + " dated in the locked period skipped" : "");
    }

    private void end(RunClaim claim, RunState finalState, Instant at, String summary) {
        if (finalState.isActive()) {
            throw new IllegalArgumentException(finalState + " is not a final state");
        }
        requireHeldBy(claim);
        state = finalState;
        endedAt = at;
        activeLinkId = null;
        releaseClaim();
        resumeAt = null;
        message = Text.freeText(summary, MESSAGE_MAX);
    }

    private void requireHeldBy(RunClaim claim) {
        if (!isHeldBy(claim)) {
            throw new ClaimLostException(claim.runId());
        }
    }

    private void releaseClaim() {
        claimedBy = null;
        claimToken = null;
        leaseUntil = null;
    }

    /** Adds what a page of the run wrote to its counts (the in-memory twin of the page writer's SQL). */
    public void count(int importedLines, int duplicates, int locked, int pending) {
        imported += importedLines;
        skippedDuplicates += duplicates;
        skippedLocked += locked;
        skippedPending += pending;
    }

    public String getClaimToken() {
        return claimToken;
    }

    public String getCursor() {
        return cursor;
    }

    public Integer getErrorCode() {
        return errorCode;
    }

    public String getErrorReference() {
        return errorReference;
    }

    public String getMessage() {
        return message;
    }
}
