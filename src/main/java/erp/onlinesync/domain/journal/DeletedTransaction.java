package erp.onlinesync.domain.journal;

import erp.onlinesync.domain.link.OnlineAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The memory of a synchronized line a person deleted from the journal: the bank still has the
 * transaction, so without this record the next run's overlap window would import it again.
 * <p>
 * Life cycle: created with the deletion ({@link #recordDeletionOf}), in the same transaction; read by
 * the run's writer (which skips the identifier) and by Find Missing (which lists it as "deleted on
 * ... by ..."); removed when a person brings the transaction back through Find Missing. Never
 * changed in between. At most one per account and online identifier.
 */
@Entity
@Table(name = "deleted_transaction")
public class DeletedTransaction {

    @Id
    @SequenceGenerator(name = "deleted_transaction_seq", sequenceName = "deleted_transaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deleted_transaction_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "online_account_id")
    private OnlineAccount onlineAccount;

    @Column(name = "online_transaction_identifier", nullable = false, length = 255)
    private String onlineTransactionIdentifier;

    @Column(name = "journal_id", nullable = false)
    private long journalId;

    @Column(nullable = false)
    private LocalDate date;

    @Column(nullable = false, precision = 20, scale = 4)
    private BigDecimal amount;

    @Column(name = "payment_ref", length = BankTransactionFields.PAYMENT_REF_MAX)
    private String paymentRef;

    @Column(name = "deleted_by", nullable = false, length = 100)
    private String deletedBy;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected DeletedTransaction() {
    }

    /**
     * @param line a line that came through online synchronization
     * @throws IllegalArgumentException for a manual line: it has no bank identity to remember
     */
    public static DeletedTransaction recordDeletionOf(StatementLine line, String user, Instant at) {
        if (!isSynchronized(line)) {
            throw new IllegalArgumentException("line " + line.getId() + " did not come through online synchronization");
        }
        DeletedTransaction d = new DeletedTransaction();
        d.onlineAccount = line.getOnlineAccount();
        d.onlineTransactionIdentifier = line.getOnlineTransactionIdentifier();
        d.journalId = line.getJournal().getId();
        d.date = line.getDate();
        d.amount = line.getAmount();
        d.paymentRef = line.getPaymentRef();
        d.deletedBy = user;
        d.deletedAt = at;
        return d;
    }

    /** @return true when the line has a bank identity a run could import again, so its deletion must be remembered */
    public static boolean isSynchronized(StatementLine line) {
        return line.getOnlineAccount() != null && line.getOnlineTransactionIdentifier() != null;
    }

    public Long getId() {
        return id;
    }

    public OnlineAccount getOnlineAccount() {
        return onlineAccount;
    }

    public String getOnlineTransactionIdentifier() {
        return onlineTransactionIdentifier;
    }

    public long getJournalId() {
        return journalId;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getPaymentRef() {
        return paymentRef;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
