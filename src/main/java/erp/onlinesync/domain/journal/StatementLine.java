package erp.onlinesync.domain.journal;

import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.shared.Money;
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
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One line of a bank statement: a posted bank transaction in the journal's currency. Lines from
 * online synchronization carry the account and the transaction's online identifier; the database
 * refuses a second line with the same identifier on the same account, which is what keeps a
 * resent page, a retried run or a resumed crash from importing anything twice.
 */
@Entity
@Table(name = "statement_line")
public class StatementLine extends BankTransactionFields {

    @Id
    @SequenceGenerator(name = "statement_line_seq", sequenceName = "statement_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    private BankStatement statement;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "journal_id")
    private Journal journal;

    @Column(nullable = false)
    private boolean reconciled;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "online_account_id")
    private OnlineAccount onlineAccount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "online_link_id")
    private OnlineLink onlineLink;

    @Column(name = "online_partner_information", length = PARTNER_MAX)
    private String onlinePartnerInformation;

    @Version
    private long version;

    protected StatementLine() {
    }

    /** A line typed or imported from a file: no online identity. */
    public StatementLine(Journal journal, LocalDate date, Money amount, String paymentRef) {
        this.journal = journal;
        this.date = date;
        this.amount = amount.amount();
        this.currencyCode = amount.currency().code();
        this.paymentRef = cut(paymentRef, PAYMENT_REF_MAX);
    }

    public void setPartner(String name, String accountNumber) {
        this.partnerName = cut(name, PARTNER_MAX);
        this.accountNumber = cut(accountNumber, PARTNER_MAX);
    }

    public void setForeignAmount(Money foreign) {
        this.foreignCurrencyCode = foreign == null ? null : foreign.currency().code();
        this.amountCurrency = foreign == null ? null : foreign.amount();
    }

    public void placeIn(BankStatement statement) {
        this.statement = statement;
    }

    public void markReconciled() {
        this.reconciled = true;
    }

    public Long getId() {
        return id;
    }

    public BankStatement getStatement() {
        return statement;
    }

    public Journal getJournal() {
        return journal;
    }

    public boolean isReconciled() {
        return reconciled;
    }

    public OnlineAccount getOnlineAccount() {
        return onlineAccount;
    }

    public OnlineLink getOnlineLink() {
        return onlineLink;
    }

    public String getOnlinePartnerInformation() {
        return onlinePartnerInformation;
    }
}
