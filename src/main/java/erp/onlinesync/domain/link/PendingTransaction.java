package erp.onlinesync.domain.link;

import erp.onlinesync.domain.journal.StatementLine;
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
import java.time.LocalDate;

/**
 * A transaction the bank has not posted yet, as the last run saw it. Kept apart from the journal:
 * never a statement line, replaced whole at every run (a pending transaction may change its
 * identifier or amount, or vanish, when it posts). Written by the importer only.
 */
@Entity
@Table(name = "pending_transaction")
public class PendingTransaction {

    @Id
    @SequenceGenerator(name = "pending_transaction_seq", sequenceName = "pending_transaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pending_transaction_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "online_account_id")
    private OnlineAccount account;

    @Column(name = "online_transaction_identifier", nullable = false, length = 255)
    private String onlineTransactionIdentifier;

    @Column(nullable = false)
    private LocalDate date;

    @Column(name = "payment_ref", length = StatementLine.PAYMENT_REF_MAX)
    private String paymentRef;

    @Column(nullable = false, precision = 20, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "partner_name", length = StatementLine.PARTNER_MAX)
    private String partnerName;

    @Column(name = "account_number", length = StatementLine.PARTNER_MAX)
    private String accountNumber;

    @Column(name = "foreign_currency_code", length = 3)
    private String foreignCurrencyCode;

    @Column(name = "amount_currency", precision = 20, scale = 4)
    private BigDecimal amountCurrency;

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

    public String getOnlineTransactionIdentifier() {
        return onlineTransactionIdentifier;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getPaymentRef() {
        return paymentRef;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getForeignCurrencyCode() {
        return foreignCurrencyCode;
    }

    public BigDecimal getAmountCurrency() {
        return amountCurrency;
    }

    public Long getRunId() {
        return runId;
    }
}
