package erp.onlinesync.domain.bankfile;

/**
 * How a CSV file's columns become entries, remembered per journal so the next file of that bank needs
 * no mapping. Columns are 0-based indexes; -1 means "not in the file". Either {@code amount} or both of
 * {@code debit} and {@code credit} are set.
 *
 * @param delimiter the field separator ({@code ,} {@code ;} or tab)
 * @param encoding a Java charset name such as {@code UTF-8} or {@code windows-1252}
 * @param headerRows the rows before the first entry
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd/MM/yyyy}
 * @param decimalSeparator {@code .} or {@code ,}; the other one (and spaces) is taken as a thousands separator
 * @param debit a column of positive amounts taken off the account (shown as negative lines)
 */
public record CsvMapping(char delimiter, String encoding, int headerRows, String dateFormat, char decimalSeparator,
        int date, int amount, int debit, int credit, int label, int partner, int reference, int currency,
        int identifier) {

    /** @throws IllegalArgumentException naming the first field that does not make sense */
    public CsvMapping {
        if (date < 0) {
            throw new IllegalArgumentException("date: a date column is required");
        }
        if (amount < 0 && (debit < 0 || credit < 0)) {
            throw new IllegalArgumentException("amount: an amount column, or both a debit and a credit column, is required");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimal_separator: must be '.' or ','");
        }
        if (headerRows < 0) {
            throw new IllegalArgumentException("header_rows: must be 0 or more");
        }
    }
}
