package erp.onlinesync.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonConfigTest {

    public record Named(boolean autoSync, String statementPeriodicity, long id) {
    }

    @Test
    void jsonNameIsTheNameJsonbWrites() {
        assertEquals("auto_sync", JsonConfig.jsonName("autoSync"));
        assertEquals("statement_periodicity", JsonConfig.jsonName("statementPeriodicity"));
        assertEquals("id", JsonConfig.jsonName("id"));
        assertEquals("already_snake", JsonConfig.jsonName("already_snake"));
        assertEquals("{\"auto_sync\":true,\"id\":7,\"statement_periodicity\":\"week\"}",
                new JsonConfig().getContext(Named.class).toJson(new Named(true, "week", 7)));
    }
}
