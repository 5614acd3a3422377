package erp.onlinesync.domain.run;

import erp.onlinesync.domain.link.OnlineLink;
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
import java.time.Instant;

/**
 * One synchronization of a link: queued by a trigger, claimed by one node, possibly paused
 * ({@link RunState#WAITING}) and resumed, then done or failed, with its counts.
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
    @Column(name = "run_cursor", length = 4000)
    private String cursor;

    @Column(name = "error_code")
    private Integer errorCode;

    @Column(name = "error_reference", length = 200)
    private String errorReference;

    @Column(length = 2000)
    private String message;

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

    /** Pauses the run until {@code resumeAt}; it keeps the link's active slot and its cursor. */
    public void pauseUntil(Instant resumeAt, String reason) {
        this.state = RunState.WAITING;
        this.resumeAt = resumeAt;
        this.claimedBy = null;
        this.leaseUntil = null;
        this.message = reason;
    }

    /** Ends the run, freeing the link's active slot for the next one. */
    public void end(RunState finalState, Instant at, String summary) {
        if (finalState.isActive()) {
            throw new IllegalArgumentException(finalState + " is not a final state");
        }
        this.state = finalState;
        this.endedAt = at;
        this.activeLinkId = null;
        this.claimedBy = null;
        this.leaseUntil = null;
        this.resumeAt = null;
        this.message = summary;
    }

    /** Moves the cursor (JSON text of the run cursor); the page writer moves it by SQL with each page. */
    public void moveCursor(String cursor) {
        this.cursor = cursor;
    }

    public void extendLease(Instant until) {
        this.leaseUntil = until;
    }

    /** Records the proxy's error code and support reference. */
    public void recordError(Integer code, String reference) {
        this.errorCode = code;
        this.errorReference = reference;
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
