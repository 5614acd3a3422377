package erp.onlinesync.sandbox.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.SignedClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class WireRequestTest {

    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void malformedBodiesAndUnknownCallsAnswer400() {
        for (String body : new String[] {"", "not json", "[1]", "{\"data\": 3}"}) {
            assertEquals(400, SignedClient.errorCode(fixture.unsigned("institutions", body)), body);
        }
        assertEquals(400, SignedClient.errorCode(fixture.unsigned("no_such_call", "{}")));
        assertEquals(400, assertThrows(SandboxError.class,
                () -> WireRequest.parse("{\"data\":{\"start_date\":\"2026-02-30\"}}").date("start_date")).code().code());
        assertEquals(400, assertThrows(SandboxError.class,
                () -> WireRequest.parse("{\"data\":{\"next_data\":{\"page\":2}}}").nextOffset()).code().code());
    }

    @Test
    void institutionsAreFilteredAndCarryTheContractFields() {
        JsonObject result = fixture.unsigned("institutions",
                "{\"data\":{\"country\":\"BE\",\"query\":\"bank\",\"limit\":2},\"utils\":{}}").getJsonObject("result");
        assertEquals(2, result.getJsonArray("institutions").size());
        JsonObject first = result.getJsonArray("institutions").getJsonObject(0);
        assertEquals("sandbox_bank", first.getString("id"));
        assertEquals("http://localhost/onlinesync/sandbox/logos/sandbox_bank.svg", first.getString("logo_url"));
        assertEquals(730, first.getInt("history_days"));
    }
}
