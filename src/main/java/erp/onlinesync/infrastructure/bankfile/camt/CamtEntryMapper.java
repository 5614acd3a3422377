package erp.onlinesync.infrastructure.bankfile.camt;

import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * Turns one camt {@code Ntry} with its {@code NtryDtls/TxDtls} into file entries. An entry with one
 * transaction (or none) is one file entry, its amount the entry's; a batch entry (several {@code TxDtls},
 * a bulk debit of salaries, a collection of direct debits) is one file entry per transaction, with the
 * transaction's own amount and sign, so each can be matched to its invoice.
 * <p>
 * Pitfall: a batch's transactions share the entry's {@code AcctSvcrRef}, so when they have none of their
 * own, the entry's is suffixed with the transaction's position ({@code REF-2}) to keep each identifier unique.
 */
final class CamtEntryMapper {

    private static final String PENDING = "PDNG";
    private static final String INFORMATION = "INFO";
    private static final String NOT_PROVIDED = "NOTPROVIDED";
    private static final String CURRENCY = "@Ccy";
    private static final String ENTRY_AMOUNT = "Amt";
    /** camt.053.001.08 and later carry {@code TxDtls/Amt}; older versions only {@code AmtDtls/TxAmt/Amt}. */
    private static final String[] TRANSACTION_AMOUNT = {"Amt", "AmtDtls/TxAmt/Amt"};
    private static final String INSTRUCTED_AMOUNT = "AmtDtls/InstdAmt/Amt";
    /** A pending entry often has no booking date yet: its value date then dates it. */
    private static final String[] DATE = {"BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm"};
    private static final String[] STATUS = {"Sts", "Sts/Cd"};

    private final String accountCurrency;
    private final IntSupplier rows;

    /**
     * @param accountCurrency the statement's {@code Acct/Ccy}, or null when it does not say
     * @param rows gives each file entry its position in the whole file
     */
    CamtEntryMapper(String accountCurrency, IntSupplier rows) {
        this.accountCurrency = accountCurrency;
        this.rows = rows;
    }

    /** An {@code INFO} entry tells of something the bank has not booked nor will: it is no transaction. */
    static boolean isInformation(CamtFields entry) {
        return INFORMATION.equals(entry.first(STATUS));
    }

    /** @param line where the {@code Ntry} starts, for the messages of an unreadable one */
    List<FileEntry> map(CamtFields entry, List<CamtFields> transactions, int line) {
        if (transactions.size() <= 1) {
            CamtFields transaction = transactions.isEmpty() ? new CamtFields() : transactions.get(0);
            return List.of(read(line, entry, transaction, entry, ""));
        }
        List<FileEntry> entries = new ArrayList<>(transactions.size());
        for (int i = 0; i < transactions.size(); i++) {
            entries.add(read(line, entry, transactions.get(i), transactions.get(i), "-" + (i + 1)));
        }
        return entries;
    }

    /** @param amounts the element whose amount this file entry has: the entry's own or a batch transaction's */
    private FileEntry read(int line, CamtFields entry, CamtFields transaction, CamtFields amounts, String suffix) {
        int row = rows.getAsInt();
        try {
            return readable(row, entry, transaction, amounts, suffix);
        } catch (Unreadable e) {
            return FileEntry.invalid(row, "entry " + row + " (line " + line + "): " + e.getMessage());
        }
    }

    private FileEntry readable(int row, CamtFields entry, CamtFields transaction, CamtFields amounts, String suffix) {
        String[] amountPaths = amounts == entry ? new String[] {ENTRY_AMOUNT} : TRANSACTION_AMOUNT;
        String indicator = first(amounts.first("CdtDbtInd"), entry.first("CdtDbtInd"));
        BigDecimal amount = CamtValues.signed("amount", amounts.first(amountPaths), indicator);
        String currency = amounts.first(currencyPaths(amountPaths));
        LocalDate date = CamtValues.date("booking date", entry.first(DATE));
        String side = CamtValues.DEBIT.equals(indicator) ? "Cdtr" : "Dbtr";
        String foreignCurrency = foreignCurrency(transaction, currency);
        BigDecimal foreignAmount = foreignCurrency == null ? null
                : CamtValues.signed("instructed amount", transaction.first(INSTRUCTED_AMOUNT), indicator);
        return new FileEntry(row, date, amount, currency, label(entry, transaction),
                transaction.first("RltdPties/" + side + "/Nm", "RltdPties/" + side + "/Pty/Nm"),
                transaction.first("RltdPties/" + side + "Acct/Id/IBAN", "RltdPties/" + side + "Acct/Id/Othr/Id"),
                first(transaction.first("RmtInf/Strd/CdtrRefInf/Ref"), endToEnd(transaction)),
                identifier(entry, transaction, suffix), !PENDING.equals(entry.first(STATUS)),
                foreignCurrency, foreignAmount, null);
    }

    /** @return the instructed amount's currency when it is not the account's, else null */
    private String foreignCurrency(CamtFields transaction, String entryCurrency) {
        String instructed = transaction.first(INSTRUCTED_AMOUNT + CURRENCY);
        String own = first(accountCurrency, entryCurrency);
        return instructed == null || instructed.equals(own) ? null : instructed;
    }

    private static String label(CamtFields entry, CamtFields transaction) {
        return first(transaction.first("RmtInf/Ustrd"), entry.first("AddtlNtryInf"),
                transaction.first("AddtlTxInf", "RmtInf/Strd/CdtrRefInf/Ref"));
    }

    private static String identifier(CamtFields entry, CamtFields transaction, String suffix) {
        String own = transaction.first("Refs/AcctSvcrRef");
        if (own != null) {
            return own;
        }
        String shared = entry.first("AcctSvcrRef", "NtryRef");
        return shared != null ? shared + suffix : endToEnd(transaction);
    }

    private static String endToEnd(CamtFields transaction) {
        String id = transaction.first("Refs/EndToEndId");
        return NOT_PROVIDED.equals(id) ? null : id;
    }

    private static String[] currencyPaths(String[] amountPaths) {
        String[] paths = new String[amountPaths.length];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = amountPaths[i] + CURRENCY;
        }
        return paths;
    }

    private static String first(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
