package erp.onlinesync.infrastructure.persistence.bankfile;

import erp.onlinesync.domain.bankfile.BalanceCheck;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.FileImports;
import erp.onlinesync.domain.bankfile.ImportRow;
import erp.onlinesync.domain.bankfile.RowStatus;
import erp.onlinesync.domain.journal.ImportFailedException;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link FileImports} in {@code file_import}, {@code file_import_row} and {@code journal_csv_mapping},
 * in the caller's transaction. Why JDBC and not JPA: a 60 MB file is a few hundred thousand rows, which
 * a JDBC batch stores in seconds and entities would not.
 */
@ApplicationScoped
public class JdbcFileImports implements FileImports {

    /** Rows per JDBC batch of a preview's rows. */
    static final int BATCH = 1000;
    private static final String HEADER_COLUMNS = "journal_id, created_by, created_at, expires_at, confirmed_at, format,"
            + " file_name, account_number, new_rows, duplicate_rows, invalid_rows, balance_start, balance_end,"
            + " balance_check, balance_difference, " + CsvMappingColumns.COLUMNS;
    private static final String ROW_COLUMNS = "position, file_row, status, reason, date, payment_ref, amount, currency_code,"
            + " partner_name, account_number, foreign_currency_code, amount_currency, identifier";

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Override
    public FileImport save(FileImport preview) {
        try (Connection c = dataSource.getConnection()) {
            long id = nextId(c);
            insertHeader(c, id, preview);
            insertRows(c, id, preview.rows());
            return preview.withId(id);
        } catch (SQLException e) {
            throw new ImportFailedException("cannot store the preview of the file", e);
        }
    }

    private static long nextId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select nextval('file_import_seq')"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertHeader(Connection c, long id, FileImport p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into file_import (id, " + HEADER_COLUMNS + ") values (?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + CsvMappingColumns.PARAMETERS + ")")) {
            ps.setLong(1, id);
            ps.setLong(2, p.journalId());
            ps.setString(3, p.createdBy());
            ps.setTimestamp(4, Timestamp.from(p.createdAt()));
            ps.setTimestamp(5, Timestamp.from(p.expiresAt()));
            ps.setTimestamp(6, p.confirmedAt() == null ? null : Timestamp.from(p.confirmedAt()));
            ps.setString(7, p.format().name());
            ps.setString(8, p.fileName());
            ps.setString(9, p.accountNumber());
            ps.setInt(10, p.count(RowStatus.NEW));
            ps.setInt(11, p.count(RowStatus.DUPLICATE));
            ps.setInt(12, p.invalidCount());
            ps.setBigDecimal(13, p.balance().opening());
            ps.setBigDecimal(14, p.balance().closing());
            ps.setString(15, p.balance().result().name());
            ps.setBigDecimal(16, p.balance().difference());
            CsvMappingColumns.bind(ps, 17, p.csvMapping());
            ps.executeUpdate();
        }
    }

    private static void insertRows(Connection c, long id, List<ImportRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into file_import_row (import_id, " + ROW_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int inBatch = 0;
            for (ImportRow row : rows) {
                NewLine l = row.line();
                ps.setLong(1, id);
                ps.setInt(2, row.position());
                ps.setInt(3, row.fileRow());
                ps.setString(4, row.status().name());
                ps.setString(5, row.reason());
                ps.setDate(6, l.date() == null ? null : Date.valueOf(l.date()));
                ps.setString(7, l.paymentRef());
                ps.setBigDecimal(8, l.amount());
                ps.setString(9, l.currencyCode());
                ps.setString(10, l.partnerName());
                ps.setString(11, l.accountNumber());
                ps.setString(12, l.foreignCurrencyCode());
                ps.setBigDecimal(13, l.amountCurrency());
                ps.setString(14, row.identifier());
                ps.addBatch();
                if (++inBatch == BATCH) {
                    ps.executeBatch();
                    inBatch = 0;
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<FileImport> find(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + HEADER_COLUMNS + " from file_import where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(header(rs, id, rows(c, id))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the preview of the file", e);
        }
    }

    private static FileImport header(ResultSet rs, long id, List<ImportRow> rows) throws SQLException {
        Timestamp confirmed = rs.getTimestamp(5);
        BalanceCheck balance = new BalanceCheck(BalanceCheck.Result.valueOf(rs.getString(14)), rs.getBigDecimal(12),
                rs.getBigDecimal(13), rs.getBigDecimal(15));
        return new FileImport(id, rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                confirmed == null ? null : confirmed.toInstant(), BankFileFormat.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), balance, CsvMappingColumns.read(rs, 16), rows);
    }

    private static List<ImportRow> rows(Connection c, long id) throws SQLException {
        List<ImportRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select " + ROW_COLUMNS + " from file_import_row where import_id = ?"
                + " order by position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date date = rs.getDate(5);
                    NewLine line = new NewLine(null, date == null ? null : date.toLocalDate(), rs.getString(6), rs.getBigDecimal(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getBigDecimal(12));
                    rows.add(new ImportRow(rs.getInt(1), rs.getInt(2), RowStatus.valueOf(rs.getString(3)), rs.getString(4),
                            line, rs.getString(13)));
                }
            }
        }
        return rows;
    }

    @Override
    public boolean markConfirmed(long id, Instant at) {
        return update("update file_import set confirmed_at = ? where id = ? and confirmed_at is null", at, id) == 1;
    }

    @Override
    public void forgetExpiredBefore(Instant before) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from file_import where expires_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ImportFailedException("cannot remove the expired previews", e);
        }
    }

    private int update(String sql, Instant at, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, id);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new ImportFailedException("cannot confirm the preview of the file", e);
        }
    }

    @Override
    public Optional<CsvMapping> csvMappingOf(long journalId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + CsvMappingColumns.COLUMNS
                        + " from journal_csv_mapping where journal_id = ?")) {
            ps.setLong(1, journalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(CsvMappingColumns.read(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the journal's CSV mapping", e);
        }
    }

    /** Two confirms of the same journal at once: the first one's mapping stays, both are mappings that worked. */
    @Override
    public void rememberCsvMapping(long journalId, CsvMapping mapping) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from journal_csv_mapping where journal_id = ?")) {
                delete.setLong(1, journalId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into journal_csv_mapping (journal_id, "
                    + CsvMappingColumns.COLUMNS + ") values (?, " + CsvMappingColumns.PARAMETERS + ") on conflict do nothing")) {
                insert.setLong(1, journalId);
                CsvMappingColumns.bind(insert, 2, mapping);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot remember the journal's CSV mapping", e);
        }
    }
}
