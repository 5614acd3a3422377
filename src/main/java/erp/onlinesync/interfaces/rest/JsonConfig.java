package erp.onlinesync.interfaces.rest;

import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.Locale;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API contract writes it: snake_case names, explicit nulls (a field the contract
 * lists is always present), and the domain's enums in lower case ({@code "done"}).
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true)
            .withSerializers(new LowerCase<RunState>() { }, new LowerCase<RunTrigger>() { }));

    /** Writes an enum constant as the contract spells it; subclassed per enum so that JSON-B sees its type. */
    abstract static class LowerCase<E extends Enum<E>> implements JsonbSerializer<E> {
        @Override
        public void serialize(E value, JsonGenerator generator, SerializationContext context) {
            generator.write(value.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @return the JSON name of a Java property under this configuration's naming ({@code autoSync} -> {@code auto_sync}),
     *         for the places that name fields without JSON-B: {@link JsonBody} and the OpenAPI document
     */
    public static String jsonName(String javaName) {
        StringBuilder name = new StringBuilder();
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c) && name.length() > 0) {
                name.append('_');
            }
            name.append(Character.toLowerCase(c));
        }
        return name.toString();
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
