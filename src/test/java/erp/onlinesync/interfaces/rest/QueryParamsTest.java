package erp.onlinesync.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.BadRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void absentOrBlankIsNull() {
        assertNull(QueryParams.whole("after", null));
        assertNull(QueryParams.integer("page", " "));
        assertNull(QueryParams.date("from", ""));
    }

    @Test
    void parsesWholeNumbersAndDates() {
        assertEquals(42L, QueryParams.whole("after", "42"));
        assertEquals(-1, QueryParams.integer("page", "-1"), "ranges are the services' rule");
        assertEquals(LocalDate.of(2026, 2, 28), QueryParams.date("from", "2026-02-28"));
    }

    @Test
    void refusesWhatIsNotANumberOrADateNamingTheParameter() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> QueryParams.whole("after", "1.5"));
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().startsWith("after"), e.getMessage());
        assertThrows(BadRequestException.class, () -> QueryParams.whole("after", "ten"));
        assertThrows(BadRequestException.class, () -> QueryParams.integer("size", "3000000000"));
        assertThrows(BadRequestException.class, () -> QueryParams.date("to", "2026-02-30"));
        assertThrows(BadRequestException.class, () -> QueryParams.date("to", "30/01/2026"));
    }

    @Test
    void anOrderIsAscOrDescAndNothingElse() {
        assertFalse(QueryParams.newestFirst("order", null));
        assertFalse(QueryParams.newestFirst("order", "asc"));
        assertTrue(QueryParams.newestFirst("order", " desc "));
        BadRequestException e = assertThrows(BadRequestException.class, () -> QueryParams.newestFirst("order", "DESC;drop"));
        assertEquals("invalid-field", e.code());
    }
}
