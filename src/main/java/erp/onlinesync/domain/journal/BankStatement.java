package erp.onlinesync.domain.journal;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bank statement: the lines of one journal over one {@link StatementPeriod}. The importer opens
 * one per period and moves its end balance as lines arrive; it is complete once the period is over
 * and the bank's balance was reached.
 */
@Entity
@Table(name = "bank_statement")
public class BankStatement {

    @Id
    @SequenceGenerator(name = "bank_statement_seq", sequenceName = "bank_statement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_statement_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "journal_id")
    private Journal journal;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private LocalDate date;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "balance_start", nullable = false, precision = 20, scale = 4)
    private BigDecimal balanceStart = BigDecimal.ZERO;

    @Column(name = "balance_end", nullable = false, precision = 20, scale = 4)
    private BigDecimal balanceEnd = BigDecimal.ZERO;

    @Column(nullable = false)
    private boolean complete;

    @Version
    private long version;

    protected BankStatement() {
    }

    public BankStatement(Journal journal, StatementPeriod period, BigDecimal balanceStart) {
        this.journal = journal;
        this.name = journal.getCode() + " " + period.label();
        this.date = period.end();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.balanceStart = balanceStart;
        this.balanceEnd = balanceStart;
    }

    public Long getId() {
        return id;
    }

    public Journal getJournal() {
        return journal;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getBalanceStart() {
        return balanceStart;
    }

    public BigDecimal getBalanceEnd() {
        return balanceEnd;
    }

    public boolean isComplete() {
        return complete;
    }
}
