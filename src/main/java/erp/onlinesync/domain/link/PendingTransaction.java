package erp.onlinesync.domain.link;

import erp.onlinesync.domain.journal.BankTransactionFields;
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

/**
 * A transaction the bank has not posted yet, as the last run saw it. Kept apart from the journal:
 * never a statement line, replaced whole at every run (a pending transaction may change its
 * identifier or amount, or vanish, when it posts). Written by the importer only.
 */
@Entity
@Table(name = "pending_transaction")
public class PendingTransaction extends BankTransactionFields {

    @Id
    @SequenceGenerator(name = "pending_transaction_seq", sequenceName = "pending_transaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pending_transaction_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "online_account_id")
    private OnlineAccount account;

    @Column(name = "run_id")
    private Long runId;

    protected PendingTransaction() {
    }

    public Long getId() {
        return id;
    }

    public OnlineAccount getAccount() {
        return account;
    }

    public Long getRunId() {
        return runId;
    }
}
