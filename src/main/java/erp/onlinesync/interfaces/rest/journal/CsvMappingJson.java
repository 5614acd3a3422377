package erp.onlinesync.interfaces.rest.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.interfaces.rest.JsonBody;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code mapping} part of a CSV upload: the snake_case fields of {@link CsvMapping}, e.g.
 * {@code {"delimiter": ";", "decimal_separator": ",", "date_format": "dd/MM/yyyy", "date": 0, "amount": 3, "label": 1}}.
 * An absent field takes its default ({@code ,}, {@code UTF-8}, one header row, {@code yyyy-MM-dd}, {@code .},
 * and -1, "not in the file", for a column); a field that makes no sense gets {@code 400 invalid-field} naming it.
 */
final class CsvMappingJson {

    private static final String DELIMITER = "delimiter";
    private static final String ENCODING = "encoding";
    private static final String HEADER_ROWS = "header_rows";
    private static final String DATE_FORMAT = "date_format";
    private static final String DECIMAL_SEPARATOR = "decimal_separator";
    private static final String[] COLUMNS = {"date", "amount", "debit", "credit", "label", "partner", "reference", "currency",
        "identifier"};
    private static final Set<String> FIELDS = Stream.concat(Stream.of(DELIMITER, ENCODING, HEADER_ROWS, DATE_FORMAT,
            DECIMAL_SEPARATOR), Stream.of(COLUMNS)).collect(Collectors.toUnmodifiableSet());

    private CsvMappingJson() {
    }

    /** @return the mapping, or null for an absent or blank part */
    static CsvMapping parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonBody body = JsonBody.parse(text, FIELDS);
        int[] c = new int[COLUMNS.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = body.integer(COLUMNS[i]).orElse(-1);
        }
        try {
            return new CsvMapping(character(body, DELIMITER, ","), encoding(body), body.integer(HEADER_ROWS).orElse(1),
                    dateFormat(body), character(body, DECIMAL_SEPARATOR, "."), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static char character(JsonBody body, String name, String fallback) {
        String value = body.string(name).orElse(fallback);
        if (value.equals("\\t")) {
            return '\t';
        }
        if (value.length() != 1) {
            throw invalid(name + ": must be one character");
        }
        return value.charAt(0);
    }

    private static String encoding(JsonBody body) {
        String value = body.string(ENCODING).orElse("UTF-8");
        try {
            return Charset.forName(value).name();
        } catch (IllegalArgumentException e) {
            throw invalid(ENCODING + ": unknown character set " + value);
        }
    }

    private static String dateFormat(JsonBody body) {
        String value = body.string(DATE_FORMAT).orElse("yyyy-MM-dd");
        try {
            DateTimeFormatter.ofPattern(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw invalid(DATE_FORMAT + ": not a date pattern such as dd/MM/yyyy");
        }
    }

    private static BadRequestException invalid(String message) {
        return new BadRequestException("invalid-field", "mapping." + message);
    }
}
