package erp.onlinesync.interfaces.rest;

import erp.onlinesync.application.BadRequestException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A JSON request body read field by field. Resources take the body as text and read it through this
 * class rather than binding it to a class, so that an unknown field or a value of the wrong type is
 * refused with {@code 400 invalid-field} naming the field, where a binder would ignore the field,
 * default the value or fail with a message of its own.
 * <p>
 * Usage: {@code JsonBody body = JsonBody.parse(text, LinkSettingsBody.class); body.bool("auto_sync")}. The record
 * names the fields a body may hold and is what the OpenAPI document shows ({@code @RequestBody(content = @Content(schema =
 * @Schema(implementation = LinkSettingsBody.class)))}), so the document and the refusals cannot drift apart.
 */
public final class JsonBody {

    private static final String INVALID_BODY = "invalid-body";
    private static final String INVALID_FIELD = "invalid-field";

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /**
     * @param allowed the only field names the body may hold
     * @throws BadRequestException {@code invalid-body} when the text is not a JSON object,
     *         {@code invalid-field} when it holds a field outside {@code allowed}
     */
    public static JsonBody parse(String text, Set<String> allowed) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(INVALID_BODY, "A JSON object is required as the request body");
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new BadRequestException(INVALID_BODY, "The request body is not valid JSON");
        } catch (JsonException e) {
            throw new BadRequestException(INVALID_BODY, "The request body could not be read as JSON");
        }
        if (!(value instanceof JsonObject object)) {
            throw new BadRequestException(INVALID_BODY, "The request body must be a JSON object");
        }
        Set<String> unknown = new TreeSet<>(object.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new BadRequestException(INVALID_FIELD, "Unknown field(s) " + unknown + "; allowed: " + new TreeSet<>(allowed));
        }
        return new JsonBody(object);
    }

    /**
     * @param shape a record whose components, named as {@link JsonConfig#jsonName} writes them, are the only fields
     *        the body may hold
     * @throws BadRequestException as {@link #parse(String, Set)}
     */
    public static JsonBody parse(String text, Class<? extends Record> shape) {
        return parse(text, Arrays.stream(shape.getRecordComponents()).map(c -> JsonConfig.jsonName(c.getName()))
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean has(String name) {
        return object.containsKey(name);
    }

    /** @return empty when the field is absent; @throws BadRequestException when it is null or not true/false */
    public Optional<Boolean> bool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue v = object.get(name);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return Optional.of(v == JsonValue.TRUE);
        }
        throw invalid(name, "must be true or false");
    }

    /** @return empty when the field is absent; @throws BadRequestException when it is null or not a string */
    public Optional<String> string(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        if (object.get(name) instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        throw invalid(name, "must be a string");
    }

    /** @return empty when the field is absent; @throws BadRequestException when it is null or not an array of strings */
    public Optional<List<String>> strings(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        if (object.get(name) instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            return Optional.of(array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        }
        throw invalid(name, "must be an array of strings");
    }

    /** @return empty when the field is absent; @throws BadRequestException when it is null or not an array of whole numbers */
    public Optional<List<Long>> ids(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        if (object.get(name) instanceof JsonArray array
                && array.stream().allMatch(v -> v instanceof JsonNumber n && n.isIntegral() && fitsLong(n))) {
            return Optional.of(array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList());
        }
        throw invalid(name, "must be an array of ids (whole numbers)");
    }

    private static boolean fitsLong(JsonNumber n) {
        try {
            n.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** @return the field's text; @throws BadRequestException when it is absent, null or not a string */
    public String requiredString(String name) {
        return string(name).orElseThrow(() -> invalid(name, "is required"));
    }

    /** @return empty when the field is absent; @throws BadRequestException when it is null or not a whole number fitting an int */
    public Optional<Integer> integer(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        if (object.get(name) instanceof JsonNumber n && n.isIntegral()) {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                throw invalid(name, "is out of range");
            }
        }
        throw invalid(name, "must be a whole number");
    }

    /**
     * A field that must be present and holds either null or a whole number (an id).
     *
     * @return empty for an explicit null
     * @throws BadRequestException when the field is absent or not null nor a whole number
     */
    public Optional<Long> requiredNullableId(String name) {
        if (!has(name)) {
            throw invalid(name, "is required (null or an id)");
        }
        JsonValue v = object.get(name);
        if (v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return Optional.of(n.longValueExact());
            } catch (ArithmeticException e) {
                throw invalid(name, "is out of range");
            }
        }
        throw invalid(name, "must be null or a whole number");
    }

    /** @throws BadRequestException when the field is absent, or not an ISO date ({@code 2026-11-30}) */
    public LocalDate requiredDate(String name) {
        return date(name, string(name).orElseThrow(() -> invalid(name, "is required (a date such as 2026-11-30)")));
    }

    /** @return empty when the field is absent or null; @throws BadRequestException when it is not a string */
    public Optional<String> stringOrNull(String name) {
        return isNull(name) ? Optional.empty() : string(name);
    }

    /** @return empty when the field is absent or null; @throws BadRequestException when it is not a whole number */
    public Optional<Long> idOrNull(String name) {
        return has(name) ? requiredNullableId(name) : Optional.empty();
    }

    /** @return empty when the field is absent or null; @throws BadRequestException when it is not an ISO date */
    public Optional<LocalDate> dateOrNull(String name) {
        return stringOrNull(name).map(text -> date(name, text));
    }

    private boolean isNull(String name) {
        return object.get(name) == JsonValue.NULL;
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date such as 2026-11-30");
        }
    }

    private static BadRequestException invalid(String name, String problem) {
        return new BadRequestException(INVALID_FIELD, name + " " + problem);
    }
}
