package erp.onlinesync.domain.bankfile;

import java.util.List;

/**
 * One account's statement in a file (a camt {@code Stmt}/{@code Rpt}/{@code Ntfctn}, an OFX
 * {@code STMTRS}, a whole CSV file).
 *
 * @param accountNumber the account as the file names it (IBAN, else the bank's account id), or null when it does not
 * @param currencyCode the account's currency as the file states it, or null when it does not
 * @param opening the opening booked balance ({@code OPBD}/{@code PRCD}), or null when the file has none
 * @param closing the closing booked balance ({@code CLBD}, OFX {@code LEDGERBAL}), or null when the file has none
 * @param entries in file order, pending and invalid ones included
 */
public record FileStatement(String accountNumber, String currencyCode, FileBalance opening, FileBalance closing,
        List<FileEntry> entries) {

    public FileStatement {
        entries = List.copyOf(entries);
    }
}
