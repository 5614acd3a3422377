package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.application.BadRequestException;
import org.junit.jupiter.api.Test;

/** What a search may send the proxy. */
class InstitutionSearchTest {

    @Test
    void theCountryIsAnIsoAlpha2CodeInAnyCaseOrNothing() {
        assertEquals("BE", InstitutionSearch.country("be"));
        assertEquals("FR", InstitutionSearch.country(" FR "));
        assertNull(InstitutionSearch.country(null));
        assertNull(InstitutionSearch.country(""));
        for (String bad : new String[] {"BEL", "B", "ZZ", "1E", "B E"}) {
            assertEquals("invalid-field", assertThrows(BadRequestException.class, () -> InstitutionSearch.country(bad), bad).code());
        }
    }

    @Test
    void theQueryIsTrimmedAndAtMostAHundredCharacters() {
        assertEquals("kbc", InstitutionSearch.query("  kbc "));
        assertNull(InstitutionSearch.query("   "));
        assertEquals(InstitutionSearch.MAX_QUERY_LENGTH, InstitutionSearch.query("q".repeat(InstitutionSearch.MAX_QUERY_LENGTH)).length());
        assertThrows(BadRequestException.class, () -> InstitutionSearch.query("q".repeat(InstitutionSearch.MAX_QUERY_LENGTH + 1)));
    }
}
