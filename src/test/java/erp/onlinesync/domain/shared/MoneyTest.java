package erp.onlinesync.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesTheProxysDecimalStringsExactly() {
        Money m = Money.parse("-1234.56", "EUR");
        assertEquals(new BigDecimal("-1234.56"), m.amount());
        assertEquals("-1234.56 EUR", m.toString());
        // 0.1 + 0.2 is exact, as it never is with double
        assertEquals(Money.parse("0.3", "EUR"), Money.parse("0.1", "EUR").plus(Money.parse("0.2", "EUR")));
    }

    @Test
    void refusesMoreThanFourDecimalsRatherThanRounding() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.23456", "EUR"));
        assertEquals(new BigDecimal("1.2345"), Money.parse("1.2345", "EUR").amount());
        assertEquals(Money.parse("1.5", "EUR"), Money.parse("1.50000", "EUR"), "trailing zeros are not decimals");
    }

    @Test
    void refusesAmountsThatAreNotPlainDecimals() {
        for (String bad : new String[] {"", "abc", "1e5", "1,50", "12.", ".5", "NaN", "0x10", "1 000"}) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(bad, "EUR"), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse(null));
    }

    @Test
    void neverMixesCurrencies() {
        Money eur = Money.parse("1", "EUR");
        Money usd = Money.parse("1", "USD");
        assertThrows(IllegalArgumentException.class, () -> eur.plus(usd));
        assertThrows(IllegalArgumentException.class, () -> eur.compareTo(usd));
        assertNotEquals(eur, usd);
    }

    @Test
    void equalityIgnoresScaleButNotSign() {
        assertEquals(Money.parse("10", "EUR"), Money.parse("10.00", "EUR"));
        assertEquals(Money.parse("10", "EUR").hashCode(), Money.parse("10.00", "EUR").hashCode());
        assertEquals(Money.parse("-10", "EUR"), Money.parse("10", "EUR").negate());
        assertTrue(Money.parse("10", "EUR").minus(Money.parse("10.00", "EUR")).isZero());
    }

    @Test
    void formatsWithTheCurrencysDecimalsAndNoLostDigits() {
        assertEquals("12.30", Amounts.format(new BigDecimal("12.3000"), 2));
        assertEquals("12.345", Amounts.format(new BigDecimal("12.3450"), 2));
        assertEquals("1200", Amounts.format(new BigDecimal("1.2E+3"), 0));
        assertEquals("1200 JPY", Money.parse("1200", "JPY").toString());
        assertEquals("0.00", Amounts.format(BigDecimal.ZERO, 2));
    }
}
