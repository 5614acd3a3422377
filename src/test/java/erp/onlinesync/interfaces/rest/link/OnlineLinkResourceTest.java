package erp.onlinesync.interfaces.rest.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.LinkSettingsChange;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import org.junit.jupiter.api.Test;

/** The PATCH body's rules: both fields optional, nothing else, each of its own type. */
class OnlineLinkResourceTest {

    @Test
    void bothFieldsAreOptional() {
        assertEquals(new LinkSettingsChange(null, null), OnlineLinkResource.settingsChange("{}"));
        assertEquals(new LinkSettingsChange(false, StatementPeriodicity.WEEK),
                OnlineLinkResource.settingsChange("{\"auto_sync\":false,\"statement_periodicity\":\"week\"}"));
        assertNull(OnlineLinkResource.settingsChange("{\"auto_sync\":true}").statementPeriodicity());
    }

    @Test
    void unknownFieldsWrongTypesAndUnknownPeriodicitiesAreInvalidFields() {
        for (String body : new String[] {"{\"auto_sync\":\"yes\"}", "{\"auto_sync\":1}", "{\"auto_sync\":null}",
                "{\"statement_periodicity\":\"fortnight\"}", "{\"statement_periodicity\":\"MONTH\"}",
                "{\"statement_periodicity\":3}", "{\"name\":\"renamed\"}"}) {
            BadRequestException e = assertThrows(BadRequestException.class, () -> OnlineLinkResource.settingsChange(body), body);
            assertEquals("invalid-field", e.code(), body);
        }
    }
}
