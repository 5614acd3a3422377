package erp.onlinesync.infrastructure.bankfile.csv;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bank's CSV export through a {@link CsvMapping}: one statement, with no account nor currency (a CSV
 * file does not say them), each line after the header rows one entry. A line whose date or amount cannot be
 * read becomes an invalid entry that names the line and the value; the other lines are read on.
 * <p>
 * Apache Commons CSV does the splitting: quoted fields with delimiters, quotes and line breaks inside are
 * common in bank exports (a label "Rent, March"), and a hand-written split gets them wrong.
 */
public final class CsvReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * @param in the file, read once and not closed
     * @throws BankFileException BROKEN when the mapping's encoding or date pattern is not one Java knows, or a
     *         quoted field is never closed
     */
    public BankFile read(InputStream in, CsvMapping mapping) {
        DateTimeFormatter dates = dateFormat(mapping.dateFormat());
        Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(in, charset(mapping.encoding()))));
        List<FileEntry> entries = new ArrayList<>();
        try {
            CSVParser parser = CSVParser.parse(reader, format(mapping.delimiter()));
            Iterator<CSVRecord> records = parser.iterator();
            long line = 1;
            while (hasNext(records, line)) {
                CSVRecord record = records.next();
                if (record.getRecordNumber() > mapping.headerRows() && !isBlank(record)) {
                    entries.add(entry(record, line, mapping, dates));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BankFile(BankFileFormat.CSV, List.of(new FileStatement(null, null, null, null, entries)));
    }

    /**
     * @param head the file's first bytes (a few kilobytes)
     * @return the mapping {@link CsvGuesser} makes of them
     * @throws BankFileException UNKNOWN_FORMAT when no delimiter, date or amount column can be found
     */
    public CsvMapping guess(byte[] head) {
        return new CsvGuesser().guess(head);
    }

    /** Not closed: the stream is the caller's. Blank lines are kept as records so line numbers stay the file's. */
    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true).get();
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BankFileException(Problem.BROKEN, "encoding '" + name + "' is not one Java knows");
        }
    }

    private static DateTimeFormatter dateFormat(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new BankFileException(Problem.BROKEN, "date format '" + pattern + "' is not a date pattern");
        }
    }

    /** Excel writes one before UTF-8 text; left in, it would stick to the first header's name. */
    static Reader withoutByteOrderMark(BufferedReader reader) {
        try {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commons CSV reports a quote never closed by an unchecked exception from the iterator. */
    private static boolean hasNext(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new BankFileException(Problem.BROKEN, "line " + line + ": " + e.getCause().getMessage(), e);
        }
    }

    private static FileEntry entry(CSVRecord record, long line, CsvMapping mapping, DateTimeFormatter dates) {
        int row = Math.toIntExact(line);
        try {
            LocalDate date = CsvValues.date(required(record, mapping.date(), "date"), dates, mapping.dateFormat());
            return new FileEntry(row, date, amount(mapping, record), cell(record, mapping.currency()),
                    cell(record, mapping.label()), cell(record, mapping.partner()), null,
                    cell(record, mapping.reference()), cell(record, mapping.identifier()), true, null, null, null);
        } catch (Unreadable e) {
            return FileEntry.invalid(row, "line " + line + ": " + e.getMessage());
        }
    }

    /** A debit column holds what left the account, whatever its sign; both columns filled make one net amount. */
    private static BigDecimal amount(CsvMapping mapping, CSVRecord record) {
        char separator = mapping.decimalSeparator();
        if (mapping.amount() >= 0) {
            BigDecimal amount = CsvValues.amount("amount", required(record, mapping.amount(), "amount"), separator);
            if (amount == null) {
                throw new Unreadable("no amount");
            }
            return amount;
        }
        BigDecimal debit = CsvValues.amount("debit", text(record, mapping.debit()), separator);
        BigDecimal credit = CsvValues.amount("credit", text(record, mapping.credit()), separator);
        if (debit == null && credit == null) {
            throw new Unreadable("no amount: both the debit and the credit are empty");
        }
        return (credit == null ? BigDecimal.ZERO : credit.abs()).subtract(debit == null ? BigDecimal.ZERO : debit.abs());
    }

    private static String required(CSVRecord record, int column, String what) {
        if (column >= record.size()) {
            throw new Unreadable("no " + what + " (column " + (column + 1) + " of " + record.size() + ")");
        }
        return record.get(column);
    }

    /** @return the cell's text, empty when the line is shorter */
    private static String text(CSVRecord record, int column) {
        return column < 0 || column >= record.size() ? "" : record.get(column);
    }

    /** @return the cell's text, or null when it is empty or not mapped */
    private static String cell(CSVRecord record, int column) {
        String text = text(record, column);
        return text.isEmpty() ? null : text;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }
}
