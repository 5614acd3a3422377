package erp.onlinesync.infrastructure.bankfile.csv;

import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Guesses a {@link CsvMapping} from a CSV file's first kilobytes, for a person to check before the first
 * import of a bank's files: the encoding (UTF-8 when the bytes are valid UTF-8, else windows-1252, which
 * bank exports on Windows use), the delimiter that cuts the lines into a constant number of columns, the
 * header row and its columns by their names, the date pattern and the decimal separator from the values.
 * <p>
 * Pitfall: {@code 03/04/2024} is read day first; month first ({@code MM/dd/yyyy}) is chosen only when a
 * date of the sample has a day above 12 in second place.
 */
final class CsvGuesser {

    private static final char[] DELIMITERS = {';', ',', '\t'};
    /** dd/MM before MM/dd: the second is taken only when the first cannot read every sample date. */
    private static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy",
            "dd-MM-yyyy");
    /** Banks put a few lines of account details above the header: it is looked for this far down. */
    private static final int HEADER_SEARCH = 10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int THOUSANDS_GROUP = 3;

    /** @throws BankFileException UNKNOWN_FORMAT when no delimiter, no date column or no amount column is found */
    CsvMapping guess(byte[] head) {
        Charset charset = isUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = completeLines(new String(head, charset));
        char delimiter = delimiter(text);
        List<List<String>> records = records(text, delimiter);
        int header = headerRow(records);
        Map<CsvColumn, Integer> columns = header >= 0 ? named(records.get(header)) : new EnumMap<>(CsvColumn.class);
        List<List<String>> data = records.subList(header + 1, records.size()).stream().filter(r -> !isBlank(r)).toList();
        if (data.isEmpty()) {
            throw unknown("no line of entries to guess the dates and amounts from");
        }
        if (header < 0) {
            byContent(data, columns);
        }
        return mapping(delimiter, charset, header + 1, columns, data);
    }

    private static CsvMapping mapping(char delimiter, Charset charset, int headerRows, Map<CsvColumn, Integer> columns,
            List<List<String>> data) {
        int date = column(columns, CsvColumn.DATE);
        int amount = column(columns, CsvColumn.AMOUNT);
        List<String> amounts = new ArrayList<>(values(data, amount));
        amounts.addAll(values(data, amount >= 0 ? -1 : column(columns, CsvColumn.DEBIT)));
        amounts.addAll(values(data, amount >= 0 ? -1 : column(columns, CsvColumn.CREDIT)));
        try {
            return new CsvMapping(delimiter, charset.name(), headerRows, datePattern(values(data, date), date),
                    decimalSeparator(amounts, delimiter), date, amount,
                    amount >= 0 ? -1 : column(columns, CsvColumn.DEBIT),
                    amount >= 0 ? -1 : column(columns, CsvColumn.CREDIT), column(columns, CsvColumn.LABEL),
                    column(columns, CsvColumn.PARTNER), column(columns, CsvColumn.REFERENCE),
                    column(columns, CsvColumn.CURRENCY), column(columns, CsvColumn.IDENTIFIER));
        } catch (IllegalArgumentException e) {
            throw unknown("the columns found make no mapping: " + e.getMessage());
        }
    }

    /** A head cut in the middle of a UTF-8 character is still UTF-8: only bytes that no UTF-8 has count. */
    private static boolean isUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return !decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false).isError();
    }

    /** The last line of a head may be cut: it is left out unless it is the only one. */
    private static String completeLines(String text) {
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int lastBreak = unmarked.lastIndexOf('\n');
        return lastBreak < 0 || unmarked.endsWith("\n") ? unmarked : unmarked.substring(0, lastBreak + 1);
    }

    /** The delimiter whose most frequent column count (above one) is met by the most lines; more columns wins a tie. */
    private static char delimiter(String text) {
        char best = 0;
        int bestLines = 0;
        int bestColumns = 1;
        for (char candidate : DELIMITERS) {
            Map<Integer, Integer> linesByColumns = new HashMap<>();
            records(text, candidate).stream().filter(r -> !isBlank(r)).forEach(r -> linesByColumns.merge(r.size(), 1, Integer::sum));
            for (Map.Entry<Integer, Integer> count : linesByColumns.entrySet()) {
                boolean better = count.getValue() > bestLines || count.getValue() == bestLines && count.getKey() > bestColumns;
                if (count.getKey() > 1 && better) {
                    best = candidate;
                    bestLines = count.getValue();
                    bestColumns = count.getKey();
                }
            }
        }
        if (best == 0) {
            throw unknown("no delimiter (; , or tab) cuts its lines into columns");
        }
        return best;
    }

    /** @return the records, blank lines included as one empty cell so their count matches the file's lines */
    private static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CsvReader.format(delimiter))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            // a quote left open in the sample: the records before it are the sample
        }
        return records;
    }

    private static int headerRow(List<List<String>> records) {
        for (int i = 0; i < Math.min(HEADER_SEARCH, records.size()); i++) {
            Map<CsvColumn, Integer> columns = named(records.get(i));
            boolean amounts = columns.containsKey(CsvColumn.AMOUNT)
                    || columns.containsKey(CsvColumn.DEBIT) && columns.containsKey(CsvColumn.CREDIT);
            if (columns.containsKey(CsvColumn.DATE) && amounts) {
                return i;
            }
        }
        return -1;
    }

    private static Map<CsvColumn, Integer> named(List<String> header) {
        Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < header.size(); i++) {
            CsvColumn column = CsvColumn.named(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    /** Without a header: the first column of dates is the date, the next column of numbers the amount. */
    private static void byContent(List<List<String>> data, Map<CsvColumn, Integer> columns) {
        int width = data.isEmpty() ? 0 : data.get(0).size();
        for (int i = 0; i < width; i++) {
            List<String> values = values(data, i);
            if (!columns.containsKey(CsvColumn.DATE) && readingPattern(values) != null) {
                columns.put(CsvColumn.DATE, i);
            } else if (columns.containsKey(CsvColumn.DATE) && !columns.containsKey(CsvColumn.AMOUNT) && isAmounts(values)) {
                columns.put(CsvColumn.AMOUNT, i);
            }
        }
        if (!columns.containsKey(CsvColumn.DATE) || !columns.containsKey(CsvColumn.AMOUNT)) {
            throw unknown("no header names a date and an amount column (date, montant, bedrag, betrag…),"
                    + " and no column reads as dates followed by one of amounts");
        }
    }

    private static String datePattern(List<String> values, int column) {
        String pattern = readingPattern(values);
        if (pattern == null) {
            throw unknown("the dates of column " + (column + 1) + (values.isEmpty() ? "" : " ('" + values.get(0) + "')")
                    + " are in none of the formats " + String.join(", ", DATE_PATTERNS));
        }
        return pattern;
    }

    /** @return the first pattern that reads every value, or null */
    private static String readingPattern(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        for (String pattern : DATE_PATTERNS) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern);
            if (values.stream().allMatch(value -> reads(value, format, pattern))) {
                return pattern;
            }
        }
        return null;
    }

    private static boolean reads(String value, DateTimeFormatter format, String pattern) {
        try {
            CsvValues.date(value, format, pattern);
            return true;
        } catch (Unreadable e) {
            return false;
        }
    }

    private static boolean isAmounts(List<String> values) {
        return !values.isEmpty() && values.stream().allMatch(value -> value.matches("[-+(]?[\\d .,'\\u00A0]*\\d[)-]?"));
    }

    /** Each amount votes for its last separator, unless it has both (the last one wins) or a group of three. */
    private static char decimalSeparator(List<String> amounts, char delimiter) {
        int commas = 0;
        int points = 0;
        for (String amount : amounts) {
            int comma = amount.lastIndexOf(',');
            int point = amount.lastIndexOf('.');
            int last = Math.max(comma, point);
            boolean both = comma >= 0 && point >= 0;
            if (last >= 0 && (both || digitsAfter(amount, last) != THOUSANDS_GROUP)) {
                commas += last == comma ? 1 : 0;
                points += last == point ? 1 : 0;
            }
        }
        if (commas == points) {
            return delimiter == ';' ? ',' : '.';
        }
        return commas > points ? ',' : '.';
    }

    private static int digitsAfter(String amount, int at) {
        return (int) amount.substring(at + 1).chars().filter(Character::isDigit).count();
    }

    private static List<String> values(List<List<String>> data, int column) {
        if (column < 0) {
            return List.of();
        }
        return data.stream().filter(r -> column < r.size() && !r.get(column).isBlank()).map(r -> r.get(column)).toList();
    }

    private static int column(Map<CsvColumn, Integer> columns, CsvColumn column) {
        return columns.getOrDefault(column, -1);
    }

    private static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static BankFileException unknown(String why) {
        return new BankFileException(Problem.UNKNOWN_FORMAT, "not a CSV file this module can read: " + why);
    }
}
