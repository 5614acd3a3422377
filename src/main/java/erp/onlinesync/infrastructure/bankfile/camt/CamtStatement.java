package erp.onlinesync.infrastructure.bankfile.camt;

import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.FileBalance;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * One {@code Stmt}, {@code Rpt} or {@code Ntfctn} while it is read: its balances and entries come one by
 * one, its account fields are read before them (the schema puts {@code Acct} first).
 */
final class CamtStatement {

    private static final String OPENING_BOOKED = "OPBD";
    /** The previous closing balance, which some banks give instead of an opening one. */
    private static final String PREVIOUS_CLOSING = "PRCD";
    private static final String CLOSING_BOOKED = "CLBD";

    private final CamtFields account;
    private final IntSupplier rows;
    private final List<FileEntry> entries = new ArrayList<>();
    private CamtEntryMapper mapper;
    private FileBalance opening;
    private FileBalance closing;

    /** @param account the statement's own fields, filled as the file is read */
    CamtStatement(CamtFields account, IntSupplier rows) {
        this.account = account;
        this.rows = rows;
    }

    /** @throws BankFileException when an opening or closing balance cannot be read: its figures would be wrong */
    void addBalance(CamtFields balance, int line) {
        String type = balance.first("Tp/CdOrPrtry/Cd");
        if (OPENING_BOOKED.equals(type) || PREVIOUS_CLOSING.equals(type) && opening == null) {
            opening = balance(type, balance, line);
        } else if (CLOSING_BOOKED.equals(type)) {
            closing = balance(type, balance, line);
        }
    }

    void addEntry(CamtFields entry, List<CamtFields> transactions, int line) {
        if (CamtEntryMapper.isInformation(entry)) {
            return;
        }
        if (mapper == null) {
            mapper = new CamtEntryMapper(currency(), rows);
        }
        entries.addAll(mapper.map(entry, transactions, line));
    }

    FileStatement toStatement() {
        return new FileStatement(account.first("Acct/Id/IBAN", "Acct/Id/Othr/Id"), currency(), opening, closing,
                entries);
    }

    private String currency() {
        return account.first("Acct/Ccy");
    }

    private static FileBalance balance(String type, CamtFields balance, int line) {
        try {
            return new FileBalance(CamtValues.date("date", balance.first("Dt/Dt", "Dt/DtTm")),
                    CamtValues.signed("amount", balance.first("Amt"), balance.first("CdtDbtInd")));
        } catch (Unreadable e) {
            throw new BankFileException(BankFileException.Problem.BROKEN,
                    "line " + line + ": balance " + type + ": " + e.getMessage());
        }
    }
}
