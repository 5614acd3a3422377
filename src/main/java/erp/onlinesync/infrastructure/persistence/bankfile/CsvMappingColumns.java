package erp.onlinesync.infrastructure.persistence.bankfile;

import erp.onlinesync.domain.bankfile.CsvMapping;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A {@link CsvMapping} as the columns {@code csv_delimiter} to {@code csv_identifier}, which
 * {@code file_import} (nullable: not every file is CSV) and {@code journal_csv_mapping} share.
 */
final class CsvMappingColumns {

    static final String COLUMNS = "csv_delimiter, csv_encoding, csv_header_rows, csv_date_format, csv_decimal_separator,"
            + " csv_date, csv_amount, csv_debit, csv_credit, csv_label, csv_partner, csv_reference, csv_currency, csv_identifier";
    static final int COUNT = 14;
    static final String PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private CsvMappingColumns() {
    }

    /** Binds the mapping, or nulls for none, from parameter {@code first} on. */
    static void bind(PreparedStatement ps, int first, CsvMapping m) throws SQLException {
        if (m == null) {
            for (int i = 0; i < COUNT; i++) {
                ps.setNull(first + i, i == 0 || i == 1 || i == 3 || i == 4 ? Types.VARCHAR : Types.INTEGER);
            }
            return;
        }
        int i = first;
        ps.setString(i++, String.valueOf(m.delimiter()));
        ps.setString(i++, m.encoding());
        ps.setInt(i++, m.headerRows());
        ps.setString(i++, m.dateFormat());
        ps.setString(i++, String.valueOf(m.decimalSeparator()));
        for (int column : new int[] {m.date(), m.amount(), m.debit(), m.credit(), m.label(), m.partner(), m.reference(),
                m.currency(), m.identifier()}) {
            ps.setInt(i++, column);
        }
    }

    /** @return the mapping in the row's columns from {@code first} on, or null when they are empty */
    static CsvMapping read(ResultSet rs, int first) throws SQLException {
        String delimiter = rs.getString(first);
        if (delimiter == null) {
            return null;
        }
        int[] c = new int[9];
        for (int i = 0; i < c.length; i++) {
            c[i] = rs.getInt(first + 5 + i);
        }
        return new CsvMapping(delimiter.charAt(0), rs.getString(first + 1), rs.getInt(first + 2), rs.getString(first + 3),
                rs.getString(first + 4).charAt(0), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
    }
}
