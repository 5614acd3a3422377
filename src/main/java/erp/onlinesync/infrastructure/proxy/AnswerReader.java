package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.shared.Amounts;
import erp.onlinesync.domain.shared.CurrencyCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Strict reading of one JSON object of a proxy answer. Every getter either returns a value of the
 * type the contract promises or throws {@link ProxyException} {@link ProxyFailure#MALFORMED_ANSWER}:
 * a wrong type is never read as "absent", so a broken answer can never pass for "nothing new".
 * <p>
 * {@code optional...} getters return null (or the given default) for a field that is missing or JSON
 * null, and still refuse a present value of the wrong type; {@code required...} getters also refuse
 * missing and null. Amounts must be JSON strings holding a plain decimal with at most four decimals
 * ({@link Amounts#parse}); a JSON number is refused, since the contract forbids floats for money.
 * <p>
 * Messages name the field by its place in the answer ({@code /proxy/v1/transactions result.transactions[3].amount})
 * and never quote a value: a value could be a token.
 */
final class AnswerReader {

    private final JsonObject object;
    private final String where;

    /**
     * @param object the JSON object to read
     * @param where its place, for messages: the contract path, then the field names leading to it
     */
    AnswerReader(JsonObject object, String where) {
        this.object = object;
        this.where = where;
    }

    String optionalText(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw malformed(name, "is not a string");
        }
        return text.getString();
    }

    /** @return the text, never blank */
    String requiredText(String name) {
        String text = optionalText(name);
        if (text == null || text.isBlank()) {
            throw malformed(name, "is missing or empty");
        }
        return text;
    }

    BigDecimal optionalAmount(String name) {
        return parsed(name, Amounts::parse, "is not a decimal amount with at most four decimals");
    }

    BigDecimal requiredAmount(String name) {
        return required(name, optionalAmount(name));
    }

    /** @return the date of a {@code YYYY-MM-DD} string, or null */
    LocalDate optionalDate(String name) {
        return parsed(name, LocalDate::parse, "is not a date (YYYY-MM-DD)");
    }

    LocalDate requiredDate(String name) {
        return required(name, optionalDate(name));
    }

    /** @return the ISO 4217 code, upper case, or null */
    String optionalCurrency(String name) {
        return parsed(name, text -> CurrencyCode.of(text).code(), "is not an ISO 4217 currency code");
    }

    String requiredCurrency(String name) {
        return required(name, optionalCurrency(name));
    }

    boolean optionalFlag(String name, boolean absent) {
        JsonValue value = value(name);
        if (value == null) {
            return absent;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw malformed(name, "is not a boolean");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    boolean requiredFlag(String name) {
        required(name, value(name));
        return optionalFlag(name, false);
    }

    int optionalCount(String name, int absent) {
        JsonValue value = value(name);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.bigDecimalValue().signum() < 0) {
            throw malformed(name, "is not a whole number");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw malformed(name, "is too large");
        }
    }

    /** @return the object's reader, or null when the field is missing or null */
    AnswerReader optionalObject(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject child)) {
            throw malformed(name, "is not an object");
        }
        return new AnswerReader(child, where + "." + name);
    }

    /** @return a reader per element of an array that must be present and hold objects only (it may be empty) */
    List<AnswerReader> requiredObjects(String name) {
        JsonValue value = required(name, value(name));
        if (!(value instanceof JsonArray array)) {
            throw malformed(name, "is not an array");
        }
        List<AnswerReader> readers = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject element)) {
                throw malformed(name + "[" + i + "]", "is not an object");
            }
            readers.add(new AnswerReader(element, where + "." + name + "[" + i + "]"));
        }
        return readers;
    }

    /**
     * @return the field's JSON text as received, to be kept opaque and sent back JSON-equal; null when
     *         the field is missing or null
     */
    String optionalJsonText(String name) {
        JsonValue value = value(name);
        return value == null ? null : value.toString();
    }

    /** @return a {@link ProxyFailure#MALFORMED_ANSWER} exception about one field of this object */
    ProxyException malformed(String name, String problem) {
        return ProxyException.of(ProxyFailure.MALFORMED_ANSWER,
                "Malformed proxy answer: " + where + "." + name + " " + problem);
    }

    /**
     * @param parser reads the text; throws {@link IllegalArgumentException} or {@link DateTimeException}
     *        when it is not of the form
     * @return the parsed value of a string field, or null when it is missing or null
     */
    private <T> T parsed(String name, Function<String, T> parser, String problem) {
        String text = optionalText(name);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw malformed(name, problem);
        }
    }

    private <T> T required(String name, T value) {
        if (value == null) {
            throw malformed(name, "is missing");
        }
        return value;
    }

    /** @return the value, or null for a missing field and for JSON null alike */
    private JsonValue value(String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
