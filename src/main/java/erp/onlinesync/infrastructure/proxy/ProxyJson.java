package erp.onlinesync.infrastructure.proxy;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/**
 * The JSON-P factories of the adapter, looked up once: {@link Json#createObjectBuilder()} and
 * {@link Json#createReader} look the provider up through the service loader at every call.
 */
public final class ProxyJson {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private ProxyJson() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    /**
     * @return the JSON value of {@code text}, which must hold exactly one value
     * @throws JsonException when the text is not JSON (also when it is empty, or nested too deep)
     */
    public static JsonValue parse(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses a document nested deeper than its limit (1,000) with a bare RuntimeException
            throw new JsonException("The text is not JSON the adapter reads: " + e.getMessage(), e);
        }
    }

    /** Adds {@code value}, or a JSON null when it is null: every field the contract lists is sent. */
    public static JsonObjectBuilder addOrNull(JsonObjectBuilder builder, String name, String value) {
        return value == null ? builder.addNull(name) : builder.add(name, value);
    }
}
