package erp.onlinesync.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Names the properties of the OpenAPI document's schemas as the API writes them ({@code auto_sync}, not
 * {@code autoSync}): the document is built from the Java classes and knows nothing of {@link JsonConfig}'s naming.
 * It also mends what Payara's scanner gets wrong (said at each step), so that the document passes a linter.
 * Registered by {@code mp.openapi.filter} in {@code microprofile-config.properties}.
 * <p>
 * Pitfall: a property renamed by {@code @JsonbProperty} needs {@code @Schema(name = ...)} with the same name too.
 */
public class JsonNamesFilter implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";

    /** Payara adds a tag per {@code @Tag} annotation: one per name is kept, the first (with its description). */
    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getTags() != null) {
            Map<String, Tag> byName = new LinkedHashMap<>();
            document.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
            document.setTags(new ArrayList<>(byName.values()));
        }
    }

    /**
     * The error answers that follow from an operation's shape, added here rather than on each resource (where
     * Payara also drops them from an operation with no error answer of its own): 401 and 403 for every operation
     * signed in as the document's security says (all but the proxy's signed webhook), 400 for one that takes a
     * body or query parameters, 404 for one that names a record in its path.
     */
    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (operation.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            answer(responses, "400", ApiApplication.INVALID);
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            answer(responses, "401", ApiApplication.UNAUTHORIZED);
            answer(responses, "403", ApiApplication.FORBIDDEN);
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            answer(responses, "404", ApiApplication.NOT_FOUND);
        }
        return operation;
    }

    private static void answer(APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + name));
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            Map<String, Schema> named = new LinkedHashMap<>();
            properties.forEach((name, property) -> named.put(JsonConfig.jsonName(name), property));
            schema.setProperties(named);
        }
        List<String> required = schema.getRequired();
        if (required != null && !required.isEmpty()) {
            schema.setRequired(required.stream().map(JsonConfig::jsonName).toList());
        }
        if (schema.getType() == Schema.SchemaType.STRING && properties != null && !properties.isEmpty()) {
            // a body read as text and documented by @RequestBody(... implementation = SomeBody.class): Payara keeps "string"
            schema.setType(Schema.SchemaType.OBJECT);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
            // Payara copies the element's properties onto an @Schema(type = ARRAY, implementation = X.class) too
            schema.setProperties(null);
        }
        withoutAnnotationDefaults(schema);
        return schema;
    }

    /**
     * Drops what Payara copies from an {@code @Schema} annotation's unset members: {@code maxProperties: 0}
     * would say "an empty object", the others only add noise.
     */
    private static void withoutAnnotationDefaults(Schema schema) {
        unset(0, schema::getMaxProperties, schema::setMaxProperties);
        unset(0, schema::getMinProperties, schema::setMinProperties);
        unset(0, schema::getMinLength, schema::setMinLength);
        unset(false, schema::getExclusiveMaximum, schema::setExclusiveMaximum);
        unset(false, schema::getExclusiveMinimum, schema::setExclusiveMinimum);
        unset(false, schema::getUniqueItems, schema::setUniqueItems);
        unset(false, schema::getNullable, schema::setNullable);
        unset(false, schema::getReadOnly, schema::setReadOnly);
        unset(false, schema::getWriteOnly, schema::setWriteOnly);
        unset(false, schema::getDeprecated, schema::setDeprecated);
    }

    private static <T> void unset(T annotationDefault, Supplier<T> value, Consumer<T> setter) {
        if (annotationDefault.equals(value.get())) {
            setter.accept(null);
        }
    }
}
