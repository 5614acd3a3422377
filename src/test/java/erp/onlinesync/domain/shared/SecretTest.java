package erp.onlinesync.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

class SecretTest {

    private static final String TOKEN = "tok-9f8e7d6c5b4a";

    /** A value holding a secret, as a DTO or an entity might. */
    public static class Holder {
        public String name = "link";
        public Secret token = Secret.of(TOKEN);

        @Override
        public String toString() {
            return "Holder[" + name + ", " + token + "]";
        }
    }

    @Test
    void neverShowsItsValue() throws Exception {
        Secret s = Secret.of(TOKEN);
        assertFalse(s.toString().contains(TOKEN));
        assertFalse(String.valueOf(new Holder()).contains(TOKEN));
        assertFalse(String.format("%s", s).contains(TOKEN));
        try (var jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(new Holder());
            assertFalse(json.contains(TOKEN), json);
        }
        assertFalse(new IllegalStateException("failed with " + s).getMessage().contains(TOKEN));
    }

    @Test
    void revealsOnlyOnPurposeAndComparesByValue() {
        assertEquals(TOKEN, Secret.of(TOKEN).reveal());
        assertEquals(Secret.of(TOKEN), Secret.of(TOKEN));
        assertNotEquals(Secret.of(TOKEN), Secret.of(TOKEN + "x"));
        assertThrows(IllegalArgumentException.class, () -> Secret.of(""));
        assertThrows(IllegalArgumentException.class, () -> Secret.of(null));
    }
}
