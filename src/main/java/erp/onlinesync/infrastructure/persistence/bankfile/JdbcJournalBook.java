package erp.onlinesync.infrastructure.persistence.bankfile;

import erp.onlinesync.domain.bankfile.BookedLine;
import erp.onlinesync.domain.bankfile.ImportJournal;
import erp.onlinesync.domain.bankfile.JournalBook;
import erp.onlinesync.domain.journal.ImportFailedException;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.shared.CurrencyCode;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link JournalBook} on JDBC, in the caller's transaction: each query walks an index of
 * {@code statement_line} ({@code (journal_id, import_key)}, {@code (journal_id, date, id)}) over the
 * file's identifiers or dates only, whatever the journal's size.
 */
@ApplicationScoped
public class JdbcJournalBook implements JournalBook {

    /** Identifiers asked per query: an IN list far below every driver's parameter limit. */
    static final int KEYS_PER_QUERY = 500;

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    /** The periodicity of the link whose account feeds the journal; a journal without one gets monthly statements. */
    @Override
    public Optional<ImportJournal> journal(long companyId, long journalId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select j.code, j.name, j.currency_code, j.bank_account_number,"
                        + " co.lock_date, (select min(l.statement_periodicity) from online_account a join online_link l"
                        + " on l.id = a.link_id where a.journal_id = j.id) from journal j join company co on co.id = j.company_id"
                        + " where j.id = ? and j.company_id = ?")) {
            ps.setLong(1, journalId);
            ps.setLong(2, companyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Date lock = rs.getDate(5);
                String periodicity = rs.getString(6);
                return Optional.of(new ImportJournal(journalId, rs.getString(1), rs.getString(2), CurrencyCode.of(rs.getString(3)),
                        rs.getString(4), periodicity == null ? StatementPeriodicity.MONTH : StatementPeriodicity.valueOf(periodicity),
                        lock == null ? null : lock.toLocalDate()));
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the journal", e);
        }
    }

    @Override
    public Set<String> knownImportKeys(long journalId, Collection<String> importKeys) {
        List<String> keys = new ArrayList<>(importKeys);
        Set<String> known = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
                try (PreparedStatement ps = c.prepareStatement("select import_key from statement_line where journal_id = ?"
                        + " and import_key in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    ps.setLong(1, journalId);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the journal's imported file lines", e);
        }
        return known;
    }

    @Override
    public List<BookedLine> linesBetween(long journalId, LocalDate from, LocalDate to) {
        List<BookedLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select date, amount, payment_ref, partner_name, import_key"
                        + " from statement_line where journal_id = ? and date >= ? and date <= ?")) {
            ps.setLong(1, journalId);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new BookedLine(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the journal's lines", e);
        }
        return lines;
    }

    @Override
    public BigDecimal balanceBefore(long journalId, LocalDate date) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select coalesce(sum(amount), 0) from statement_line"
                        + " where journal_id = ? and date < ?")) {
            ps.setLong(1, journalId);
            ps.setDate(2, Date.valueOf(date));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new ImportFailedException("cannot read the journal's balance", e);
        }
    }

    @Override
    public void takeAccountNumber(long journalId, String accountNumber) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update journal set bank_account_number = ?, version = version + 1"
                        + " where id = ? and bank_account_number is null")) {
            ps.setString(1, accountNumber);
            ps.setLong(2, journalId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ImportFailedException("cannot set the journal's bank account number", e);
        }
    }
}
