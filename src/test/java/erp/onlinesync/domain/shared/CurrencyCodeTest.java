package erp.onlinesync.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CurrencyCodeTest {

    @Test
    void acceptsIsoCodesInAnyCase() {
        assertEquals("EUR", CurrencyCode.of(" eur ").code());
        assertEquals(CurrencyCode.of("USD"), CurrencyCode.of("usd"));
        assertEquals(0, CurrencyCode.of("JPY").displayDecimals());
        assertEquals(3, CurrencyCode.of("KWD").displayDecimals());
    }

    @Test
    void refusesWhatIsNoCurrency() {
        for (String bad : new String[] {"EUE", "EURO", "", "   ", "€"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurrencyCode.of(bad));
            assertEquals(true, e.getMessage().contains("currency"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> CurrencyCode.of(null));
    }
}
