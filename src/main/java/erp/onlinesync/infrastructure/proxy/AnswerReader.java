package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.shared.Amounts;
import erp.onlinesync.domain.shared.CurrencyCode;
import erp.onlinesync.domain.shared.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Strings are never handed over raw: free text and names are cleaned and cut to the column they end in
 * ({@link Text}), identifiers and tokens that must arrive intact are refused when they would not fit.
 * A hostile or oversized answer thus ends as a typed failure or as safe values, never as a failed write.
 * <p>
 * Messages name the field by its place in the answer ({@code /proxy/v1/transactions result.transactions[3].amount})
 * and never quote a value: a value could be a token.
 */
public final class AnswerReader {

    private static final char DELETE = 0x7f;

    private final JsonObject object;
    private final String where;

    /**
     * @param object the JSON object to read
     * @param where its place, for messages: the contract path, then the field names leading to it
     */
    public AnswerReader(JsonObject object, String where) {
        this.object = object;
        this.where = where;
    }

    /** @return free text (label, message, partner name): control characters but tab and line feed removed, cut to {@code max} */
    public String optionalFreeText(String name, int max) {
        return Text.freeText(optionalText(name), max);
    }

    /** @return a name, number or code without control characters, cut to {@code max}; null when missing */
    public String optionalSingleLine(String name, int max) {
        return Text.singleLine(optionalText(name), max);
    }

    /** @return a single-line value that ends in no column: without control characters, not cut; null when missing */
    public String optionalSingleLine(String name) {
        return Text.singleLine(optionalText(name));
    }

    /** @return a name without control characters, cut to {@code max}, never blank */
    public String requiredSingleLine(String name, int max) {
        return notBlank(name, Text.singleLine(optionalText(name), max));
    }

    /**
     * An identifier that is sent back or must stay unique (a transaction's, an account's, the link's): it is
     * refused, not cleaned or cut, when it holds a control character or is longer than its column, since a
     * changed identifier could merge two records or name another one.
     */
    public String requiredIdentifier(String name, int max) {
        String identifier = requiredText(name);
        if (Text.hasControl(identifier)) {
            throw malformed(name, "holds a control character");
        }
        if (identifier.length() > max) {
            throw malformed(name, "is longer than " + max + " characters");
        }
        return identifier;
    }

    /** @return a token: printable ASCII only (it travels in an HTTP header) and at most {@value TokenGrant#TOKEN_MAX} long */
    public String requiredToken(String name) {
        String token = requiredText(name);
        if (token.length() > TokenGrant.TOKEN_MAX) {
            throw malformed(name, "is longer than " + TokenGrant.TOKEN_MAX + " characters");
        }
        if (!token.chars().allMatch(c -> c > ' ' && c < DELETE)) {
            throw malformed(name, "holds a character other than printable ASCII");
        }
        return token;
    }

    /** @return the value, one of {@code allowed} */
    public String requiredOneOf(String name, Set<String> allowed) {
        String value = requiredText(name);
        if (!allowed.contains(value)) {
            throw malformed(name, "is not one of " + String.join(", ", new TreeSet<>(allowed)));
        }
        return value;
    }

    /** Raw: every caller cleans, checks or parses what it reads. */
    private String optionalText(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw malformed(name, "is not a string");
        }
        return text.getString();
    }

    /** Raw, never blank: every caller checks what it reads. */
    private String requiredText(String name) {
        return notBlank(name, optionalText(name));
    }

    private String notBlank(String name, String text) {
        if (text == null || text.isBlank()) {
            throw malformed(name, "is missing or empty");
        }
        return text;
    }

    public BigDecimal optionalAmount(String name) {
        return parsed(name, Amounts::parse, "is not a decimal amount with at most four decimals");
    }

    public BigDecimal requiredAmount(String name) {
        return required(name, optionalAmount(name));
    }

    /**
     * An amount sent as a JSON number (MyPonto's JSON:API does so): read exactly from its decimal text,
     * never through a double, and held to the same four decimals as a string amount.
     *
     * @return the amount, or null when missing
     */
    public BigDecimal optionalNumberAmount(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw malformed(name, "is not a number");
        }
        try {
            return Amounts.parse(number.bigDecimalValue().toPlainString());
        } catch (IllegalArgumentException e) {
            throw malformed(name, "is not a decimal amount with at most four decimals");
        }
    }

    public BigDecimal requiredNumberAmount(String name) {
        return required(name, optionalNumberAmount(name));
    }

    /** @return the UTC date of an ISO-8601 date-time with an offset ({@code 2026-11-30T10:00:00.000Z}), or null */
    public LocalDate optionalTimestampDate(String name) {
        return parsed(name, text -> OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                "is not a date-time with an offset");
    }

    public LocalDate requiredTimestampDate(String name) {
        return required(name, optionalTimestampDate(name));
    }

    /** @return the instant of an ISO-8601 date-time with an offset, or null */
    public Instant optionalInstant(String name) {
        return parsed(name, text -> OffsetDateTime.parse(text).toInstant(), "is not a date-time with an offset");
    }

    /** @return the date of a {@code YYYY-MM-DD} string, or null */
    public LocalDate optionalDate(String name) {
        return parsed(name, LocalDate::parse, "is not a date (YYYY-MM-DD)");
    }

    public LocalDate requiredDate(String name) {
        return required(name, optionalDate(name));
    }

    /** @return the ISO 4217 code, upper case, or null */
    public String optionalCurrency(String name) {
        return parsed(name, text -> CurrencyCode.of(text).code(), "is not an ISO 4217 currency code");
    }

    public String requiredCurrency(String name) {
        return required(name, optionalCurrency(name));
    }

    public boolean optionalFlag(String name, boolean absent) {
        JsonValue value = value(name);
        if (value == null) {
            return absent;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw malformed(name, "is not a boolean");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    public boolean requiredFlag(String name) {
        required(name, value(name));
        return optionalFlag(name, false);
    }

    public int optionalCount(String name, int absent) {
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
    public AnswerReader optionalObject(String name) {
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
    public List<AnswerReader> requiredObjects(String name) {
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

    /** @return as {@link #requiredObjects}, but an empty list when the field is missing or null */
    public List<AnswerReader> optionalObjects(String name) {
        return value(name) == null ? List.of() : requiredObjects(name);
    }

    /**
     * @return the field's JSON text as received, to be kept opaque and sent back JSON-equal; null when
     *         the field is missing or null
     */
    public String optionalJsonText(String name) {
        JsonValue value = value(name);
        return value == null ? null : value.toString();
    }

    /** @return a {@link ProxyFailure#MALFORMED_ANSWER} exception about one field of this object */
    public ProxyException malformed(String name, String problem) {
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
