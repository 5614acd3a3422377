package erp.onlinesync.domain.link;

import erp.onlinesync.domain.journal.Journal;
import erp.onlinesync.domain.shared.CurrencyCode;
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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bank account seen through a link, identified on the proxy by its online identifier. It is
 * imported only while mapped to a journal of the same currency; an unmapped account is known but
 * left alone. Name and number are cut to their columns whichever adapter gave them.
 */
@Entity
@Table(name = "online_account")
public class OnlineAccount {

    /** Unique per link, so longer is refused rather than cut. */
    public static final int ONLINE_IDENTIFIER_MAX = 200;
    public static final int NAME_MAX = 200;
    public static final int ACCOUNT_NUMBER_MAX = 100;

    @Id
    @SequenceGenerator(name = "online_account_seq", sequenceName = "online_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_account_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "link_id")
    private OnlineLink link;

    @Column(name = "online_identifier", nullable = false, length = ONLINE_IDENTIFIER_MAX)
    private String onlineIdentifier;

    @Column(length = NAME_MAX)
    private String name;

    @Column(name = "account_number", length = ACCOUNT_NUMBER_MAX)
    private String accountNumber;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(precision = 20, scale = 4)
    private BigDecimal balance;

    @Column(name = "available_balance", precision = 20, scale = 4)
    private BigDecimal availableBalance;

    @Column(name = "last_sync")
    private Instant lastSync;

    @Enumerated(EnumType.STRING)
    @Column(name = "fetching_status", nullable = false, length = 20)
    private FetchingStatus fetchingStatus = FetchingStatus.IDLE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "journal_id")
    private Journal journal;

    /** The first date to import when nothing is imported yet; null for all the history the bank has. */
    @Column(name = "start_date")
    private java.time.LocalDate startDate;

    @Version
    private long version;

    protected OnlineAccount() {
    }

    public OnlineAccount(OnlineLink link, String onlineIdentifier, String name, String accountNumber,
            CurrencyCode currency) {
        this.link = link;
        this.onlineIdentifier = onlineIdentifier;
        this.name = Text.cut(name, NAME_MAX);
        this.accountNumber = Text.cut(accountNumber, ACCOUNT_NUMBER_MAX);
        this.currencyCode = currency.code();
    }

    /**
     * @throws IllegalArgumentException when the journal's currency differs: a journal holds one
     *         currency, and mixing would make its balance meaningless
     */
    public void mapTo(Journal journal) {
        if (journal != null && !journal.getCurrency().equals(getCurrency())) {
            throw new IllegalArgumentException("Journal " + journal.getName() + " is in " + journal.getCurrency()
                    + ", the account in " + currencyCode);
        }
        this.journal = journal;
    }

    /** Takes the name the bank gives the account now (it may rename it); a missing name keeps the old one. */
    public void rename(String newName) {
        if (newName != null && !newName.isBlank()) {
            this.name = Text.cut(newName, NAME_MAX);
        }
    }

    public void recordBalances(BigDecimal balance, BigDecimal availableBalance, Instant syncedAt) {
        this.balance = balance;
        this.availableBalance = availableBalance;
        this.lastSync = syncedAt;
    }

    public void startImportOn(java.time.LocalDate date) {
        this.startDate = date;
    }

    public java.time.LocalDate getStartDate() {
        return startDate;
    }

    public void setFetchingStatus(FetchingStatus status) {
        this.fetchingStatus = status;
    }

    public Long getId() {
        return id;
    }

    public OnlineLink getLink() {
        return link;
    }

    public String getOnlineIdentifier() {
        return onlineIdentifier;
    }

    public String getName() {
        return name;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public CurrencyCode getCurrency() {
        return CurrencyCode.of(currencyCode);
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public BigDecimal getAvailableBalance() {
        return availableBalance;
    }

    public Instant getLastSync() {
        return lastSync;
    }

    public FetchingStatus getFetchingStatus() {
        return fetchingStatus;
    }

    public Journal getJournal() {
        return journal;
    }
}
