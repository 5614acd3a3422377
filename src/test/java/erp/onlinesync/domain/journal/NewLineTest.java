package erp.onlinesync.domain.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewLineTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    private static ProxyTransaction tx(String currency, String ref, String foreign, String foreignAmount) {
        return new ProxyTransaction("tx-1", LocalDate.of(2026, 11, 2), null, ref, new BigDecimal("-12.34"), currency,
                "<img src=x onerror=alert(1)>", "BE71 0961 2345 6769", foreign,
                foreignAmount == null ? null : new BigDecimal(foreignAmount), null, null, null);
    }

    @Test
    void keepsTextsAsGivenAndCutsOnlyWhatIsTooLong() {
        NewLine line = NewLine.of(tx("EUR", "x".repeat(5000), null, null), EUR);
        assertEquals(StatementLine.PAYMENT_REF_MAX, line.paymentRef().length());
        assertEquals("<img src=x onerror=alert(1)>", line.partnerName(), "plain text, not escaped in storage");
        assertEquals(new BigDecimal("-12.34"), line.amount());
    }

    @Test
    void keepsTheForeignAmountOnlyWithItsCurrency() {
        NewLine line = NewLine.of(tx(null, "ref", "usd", "-13.50"), EUR);
        assertEquals("USD", line.foreignCurrencyCode());
        assertEquals(new BigDecimal("-13.50"), line.amountCurrency());
        assertEquals("EUR", line.currencyCode(), "a missing currency is the account's");
        assertNull(NewLine.of(tx("EUR", "ref", "USD", null), EUR).foreignCurrencyCode());
    }

    @Test
    void refusesATransactionInAnotherCurrencyThanItsAccount() {
        assertThrows(IllegalArgumentException.class, () -> NewLine.of(tx("USD", "ref", null, null), EUR));
        assertThrows(IllegalArgumentException.class, () -> NewLine.of(tx("EUR", "ref", "XXQ", "1"), EUR));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String text = "a".repeat(3) + "\uD83D\uDE00";
        assertEquals("aaa", StatementLine.cut(text, 4));
        assertEquals(text, StatementLine.cut(text, 5));
    }
}
