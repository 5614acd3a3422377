package erp.onlinesync.domain.company;

import erp.onlinesync.domain.shared.CurrencyCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The company of the host ERP that owns journals and links. Its fiscal lock date ("Lock
 * Everything") closes the books: no line dated on or before it is ever created, online or not.
 */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(name = "lock_date")
    private LocalDate lockDate;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String name, CurrencyCode currency) {
        this.name = name;
        this.currencyCode = currency.code();
    }

    /** @return true when a line dated {@code date} may still be written in this company's books */
    public boolean isOpenOn(LocalDate date) {
        return lockDate == null || date.isAfter(lockDate);
    }

    public void lockUntil(LocalDate date) {
        this.lockDate = date;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CurrencyCode getCurrency() {
        return CurrencyCode.of(currencyCode);
    }

    public LocalDate getLockDate() {
        return lockDate;
    }
}
