package erp.onlinesync.application.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineAmountsTest {

    @Test
    void padsToTheCurrencysDecimalsAndKeepsEveryStoredDecimal() {
        assertEquals("-12.50", LineAmounts.format(new BigDecimal("-12.5000"), "EUR"));
        assertEquals("12.345", LineAmounts.format(new BigDecimal("12.3450"), "EUR"));
        assertEquals("1500", LineAmounts.format(new BigDecimal("1500.0000"), "JPY"));
        assertEquals("1.234", LineAmounts.format(new BigDecimal("1.2340"), "KWD"));
    }

    @Test
    void nullStaysNullAndAnUnknownCurrencyIsNotPadded() {
        assertNull(LineAmounts.format(null, "EUR"));
        assertEquals("3.1", LineAmounts.format(new BigDecimal("3.1000"), "XYZ"));
        assertEquals("3", LineAmounts.format(new BigDecimal("3.0000"), null));
    }
}
