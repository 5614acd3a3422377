package erp.onlinesync.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.BadRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    private static final Set<String> FIELDS = Set.of("flag", "name", "journal_id", "from_date");

    /** A body's shape as a resource documents it: its components, snake_cased, are the fields allowed. */
    record Shape(Boolean autoSync, String name) {
    }

    @Test
    void anArrayOfStringsIsReadAndAnythingElseRefusedNamingTheField() {
        Set<String> fields = Set.of("roles", "name");
        assertEquals(Optional.of(List.of("a", "b")), JsonBody.parse("{\"roles\":[\"a\",\"b\"]}", fields).strings("roles"));
        assertEquals(Optional.empty(), JsonBody.parse("{}", fields).strings("roles"));
        for (String wrong : List.of("{\"roles\":\"a\"}", "{\"roles\":[1]}", "{\"roles\":null}")) {
            BadRequestException e = assertThrows(BadRequestException.class, () -> JsonBody.parse(wrong, fields).strings("roles"));
            assertTrue(e.getMessage().contains("roles"), e.getMessage());
        }
        assertTrue(assertThrows(BadRequestException.class, () -> JsonBody.parse("{}", fields).requiredString("name"))
                .getMessage().contains("name"));
    }

    @Test
    void anArrayOfIdsIsReadAndAnythingElseRefusedNamingTheField() {
        Set<String> fields = Set.of("companies");
        assertEquals(Optional.of(List.of(1L, 2_000_001L)), JsonBody.parse("{\"companies\":[1,2000001]}", fields).ids("companies"));
        assertEquals(Optional.of(List.of()), JsonBody.parse("{\"companies\":[]}", fields).ids("companies"));
        assertEquals(Optional.empty(), JsonBody.parse("{}", fields).ids("companies"));
        for (String wrong : List.of("{\"companies\":1}", "{\"companies\":[\"1\"]}", "{\"companies\":[1.5]}",
                "{\"companies\":[99999999999999999999]}", "{\"companies\":null}")) {
            BadRequestException e = assertThrows(BadRequestException.class, () -> JsonBody.parse(wrong, fields).ids("companies"));
            assertTrue(e.getMessage().contains("companies"), e.getMessage());
        }
    }

    @Test
    void aRecordNamesTheAllowedFieldsAsTheJsonWritesThem() {
        JsonBody body = JsonBody.parse("{\"auto_sync\":true,\"name\":\"x\"}", Shape.class);
        assertEquals(Optional.of(true), body.bool("auto_sync"));
        BadRequestException e = assertThrows(BadRequestException.class, () -> JsonBody.parse("{\"autoSync\":true}", Shape.class));
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().contains("autoSync") && e.getMessage().contains("auto_sync"), e.getMessage());
    }

    @Test
    void orNullReadersTakeAbsentAndNullAsEmptyAndRefuseAnotherTypeNamingTheField() {
        Set<String> fields = Set.of("name", "link_id", "start_date");
        JsonBody nulls = JsonBody.parse("{\"name\":null,\"link_id\":null,\"start_date\":null}", fields);
        assertEquals(Optional.empty(), nulls.stringOrNull("name"));
        assertEquals(Optional.empty(), nulls.idOrNull("link_id"));
        assertEquals(Optional.empty(), nulls.dateOrNull("start_date"));
        JsonBody absent = JsonBody.parse("{}", fields);
        assertEquals(Optional.empty(), absent.idOrNull("link_id"));
        assertEquals(Optional.empty(), absent.dateOrNull("start_date"));
        JsonBody given = JsonBody.parse("{\"name\":\"x\",\"link_id\":7,\"start_date\":\"2026-01-31\"}", fields);
        assertEquals(Optional.of("x"), given.stringOrNull("name"));
        assertEquals(Optional.of(7L), given.idOrNull("link_id"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), given.dateOrNull("start_date"));
        for (String[] wrong : new String[][] {{"{\"name\":1}", "name"}, {"{\"link_id\":\"7\"}", "link_id"},
            {"{\"start_date\":\"31/01/2026\"}", "start_date"}}) {
            JsonBody body = JsonBody.parse(wrong[0], fields);
            BadRequestException e = assertThrows(BadRequestException.class, () -> {
                body.stringOrNull("name");
                body.idOrNull("link_id");
                body.dateOrNull("start_date");
            }, wrong[0]);
            assertEquals("invalid-field", e.code());
            assertTrue(e.getMessage().startsWith(wrong[1]), e.getMessage());
        }
    }

    @Test
    void notAJsonObjectIsAnInvalidBody() {
        for (String text : new String[] {null, "", "{not json", "[1]", "\"text\""}) {
            BadRequestException e = assertThrows(BadRequestException.class, () -> JsonBody.parse(text, FIELDS), text);
            assertEquals("invalid-body", e.code());
        }
    }

    @Test
    void anUnknownFieldIsAnInvalidFieldNamingIt() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> JsonBody.parse("{\"flag\":true,\"extra\":1}", FIELDS));
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().contains("extra"), e.getMessage());
    }

    @Test
    void readsTypedFieldsAndAbsentOnesAsEmpty() {
        JsonBody body = JsonBody.parse("{\"flag\":false,\"name\":\"week\",\"from_date\":\"2026-01-31\"}", FIELDS);
        assertEquals(Optional.of(false), body.bool("flag"));
        assertEquals(Optional.of("week"), body.string("name"));
        assertEquals(LocalDate.of(2026, 1, 31), body.requiredDate("from_date"));
        assertEquals(Optional.empty(), JsonBody.parse("{}", FIELDS).bool("flag"));
    }

    @Test
    void aWrongTypeOrANullIsAnInvalidField() {
        assertInvalid("{\"flag\":\"true\"}", b -> b.bool("flag"));
        assertInvalid("{\"flag\":null}", b -> b.bool("flag"));
        assertInvalid("{\"name\":7}", b -> b.string("name"));
        assertInvalid("{\"from_date\":\"yesterday\"}", b -> b.requiredDate("from_date"));
        assertInvalid("{}", b -> b.requiredDate("from_date"));
    }

    @Test
    void anIdFieldMustBePresentAndNullOrAWholeNumber() {
        assertEquals(Optional.empty(), JsonBody.parse("{\"journal_id\":null}", FIELDS).requiredNullableId("journal_id"));
        assertEquals(Optional.of(12L), JsonBody.parse("{\"journal_id\":12}", FIELDS).requiredNullableId("journal_id"));
        assertInvalid("{}", b -> b.requiredNullableId("journal_id"));
        assertInvalid("{\"journal_id\":\"12\"}", b -> b.requiredNullableId("journal_id"));
        assertInvalid("{\"journal_id\":1.5}", b -> b.requiredNullableId("journal_id"));
        assertInvalid("{\"journal_id\":99999999999999999999}", b -> b.requiredNullableId("journal_id"));
    }

    private static void assertInvalid(String text, java.util.function.Consumer<JsonBody> read) {
        JsonBody body = JsonBody.parse(text, FIELDS);
        BadRequestException e = assertThrows(BadRequestException.class, () -> read.accept(body), text);
        assertEquals("invalid-field", e.code(), text);
    }
}
