package erp.onlinesync.domain.chatter;

import erp.onlinesync.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One entry in the log ("chatter") of a record, for the people who audit it: who, when, what kind,
 * a plain-text body, the proxy's error code and reference when it tells of an error, and the fields
 * that changed. Append-only: it has no setter, and the services write it in the same transaction as
 * the change it tells of.
 */
@Entity
@Table(name = "chatter_message")
public class ChatterMessage {

    /** Longest body kept; a longer one is cut (a bank's error text must not fail a run). */
    public static final int BODY_MAX = 4000;
    public static final int REFERENCE_MAX = 200;

    @Id
    @SequenceGenerator(name = "chatter_message_seq", sequenceName = "chatter_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chatter_message_seq")
    private Long id;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageKind kind;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "error_code")
    private Integer errorCode;

    @Column(name = "error_reference", length = REFERENCE_MAX)
    private String errorReference;

    /** Seals this message to the record's previous one ({@link ChatterHash}); set once, when it is appended. */
    @Column(length = 64)
    private String hash;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "chatter_tracking", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<TrackedChange> tracking = new ArrayList<>();

    protected ChatterMessage() {
    }

    public ChatterMessage(String recordType, Long recordId, String author, Instant createdAt, MessageKind kind,
            String body) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.author = author;
        // the database keeps microseconds: the hash must be of the time as it is read back
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        this.kind = kind;
        this.body = body == null ? "" : Text.freeText(body, BODY_MAX);
    }

    /** @return a message telling what {@code entry} says, by {@code author} at {@code at} */
    public static ChatterMessage of(String recordType, Long recordId, String author, Instant at, ChatterEntry entry) {
        ChatterMessage m = new ChatterMessage(recordType, recordId, author, at, entry.kind(), entry.body())
                .withError(entry.errorCode(), entry.errorReference());
        m.tracking.addAll(entry.tracking());
        return m;
    }

    /** @return this message, telling also of the proxy's error {@code code} and support reference (cut to its column) */
    public ChatterMessage withError(Integer code, String reference) {
        this.errorCode = code;
        this.errorReference = Text.singleLine(reference, REFERENCE_MAX);
        return this;
    }

    public ChatterMessage track(String field, Object oldValue, Object newValue) {
        tracking.add(new TrackedChange(field, oldValue == null ? null : oldValue.toString(),
                newValue == null ? null : newValue.toString()));
        return this;
    }

    /**
     * Seals the message to the record's previous one, once it has its id and just before it is stored.
     *
     * @param previous the hash of the record's latest message, null for its first
     * @throws IllegalStateException when the message has no id yet or is already sealed
     */
    public void chainTo(String previous) {
        if (id == null || hash != null) {
            throw new IllegalStateException("A message is sealed once, after it has its id");
        }
        previousHash = previous;
        hash = recomputeHash();
    }

    /** @return the hash of the message as it is now: equal to {@link #getHash()} unless it was changed */
    public String recomputeHash() {
        return ChatterHash.of(previousHash, id, recordType, recordId, author, createdAt, kind.name(), body, errorCode,
                errorReference, tracking);
    }

    public String getHash() {
        return hash;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Integer getErrorCode() {
        return errorCode;
    }

    public String getErrorReference() {
        return errorReference;
    }

    public List<TrackedChange> getTracking() {
        return Collections.unmodifiableList(tracking);
    }
}
