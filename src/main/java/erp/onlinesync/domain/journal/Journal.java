package erp.onlinesync.domain.journal;

import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.shared.CurrencyCode;
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

/**
 * A bank journal of the host ERP: the books of one bank account in one currency. Created by hand
 * (file import) or by the connect flow (online sync), in which case its source becomes
 * {@link BankStatementSource#ONLINE_SYNC}. Its currency never changes once lines exist.
 */
@Entity
@Table(name = "journal")
public class Journal {

    @Id
    @SequenceGenerator(name = "journal_seq", sequenceName = "journal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "bank_account_number", length = 100)
    private String bankAccountNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "bank_statement_source", nullable = false, length = 20)
    private BankStatementSource bankStatementSource = BankStatementSource.UNDEFINED;

    @Version
    private long version;

    protected Journal() {
    }

    public Journal(Company company, String name, String code, CurrencyCode currency, String bankAccountNumber,
            BankStatementSource source) {
        this.company = company;
        this.name = name;
        this.code = code;
        this.currencyCode = currency.code();
        this.bankAccountNumber = bankAccountNumber;
        this.bankStatementSource = source;
    }

    /** Marks the journal as fed by online synchronization (the connect flow maps an account to it). */
    public void useOnlineSync() {
        this.bankStatementSource = BankStatementSource.ONLINE_SYNC;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public CurrencyCode getCurrency() {
        return CurrencyCode.of(currencyCode);
    }

    public String getBankAccountNumber() {
        return bankAccountNumber;
    }

    public BankStatementSource getBankStatementSource() {
        return bankStatementSource;
    }
}
