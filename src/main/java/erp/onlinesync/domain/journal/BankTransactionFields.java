package erp.onlinesync.domain.journal;

import erp.onlinesync.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a bank says of one transaction, as both a statement line and a pending transaction keep it:
 * date, label, signed amount in the account's currency, counterparty, foreign amount, identifier.
 * Texts are plain text as the bank gave them, cut at the column sizes ({@link #PARTNER_MAX},
 * {@link #PAYMENT_REF_MAX}) rather than failing an import.
 */
@MappedSuperclass
public abstract class BankTransactionFields {

    public static final int PARTNER_MAX = 1000;
    public static final int PAYMENT_REF_MAX = 4000;
    /** Not cut like the texts: a cut identifier could merge two transactions (see the proxy adapter). */
    public static final int ONLINE_ID_MAX = 255;

    @Column(nullable = false)
    protected LocalDate date;

    @Column(name = "payment_ref", length = PAYMENT_REF_MAX)
    protected String paymentRef;

    @Column(nullable = false, precision = 20, scale = 4)
    protected BigDecimal amount;

    @Column(name = "currency_code", nullable = false, length = 3)
    protected String currencyCode;

    @Column(name = "partner_name", length = PARTNER_MAX)
    protected String partnerName;

    @Column(name = "account_number", length = PARTNER_MAX)
    protected String accountNumber;

    @Column(name = "foreign_currency_code", length = 3)
    protected String foreignCurrencyCode;

    @Column(name = "amount_currency", precision = 20, scale = 4)
    protected BigDecimal amountCurrency;

    @Column(name = "online_transaction_identifier", length = ONLINE_ID_MAX)
    protected String onlineTransactionIdentifier;

    /** @return the text cut to {@code max} characters, never split inside a surrogate pair */
    public static String cut(String text, int max) {
        return Text.cut(text, max);
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

    public String getOnlineTransactionIdentifier() {
        return onlineTransactionIdentifier;
    }
}
