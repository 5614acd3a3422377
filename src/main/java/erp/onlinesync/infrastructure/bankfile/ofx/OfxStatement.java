package erp.onlinesync.infrastructure.bankfile.ofx;

import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.FileBalance;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.infrastructure.bankfile.Unreadable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * One {@code STMTRS} or {@code CCSTMTRS} while it is read: its transactions come one by one, after its
 * {@code CURDEF} and account (the specification puts them first).
 * <p>
 * Currencies: a {@code CURRENCY} aggregate says {@code TRNAMT} is in that currency, so the account moved
 * {@code TRNAMT × CURRATE}; an {@code ORIGCURRENCY} says {@code TRNAMT} is already in {@code CURDEF} and
 * was {@code TRNAMT ÷ CURRATE} in the original one ({@code CURRATE} is CURDEF per unit of CURSYM).
 */
final class OfxStatement {

    private static final int DEFAULT_DECIMALS = 2;

    private final Map<String, String> fields;
    private final IntSupplier rows;
    private final List<FileEntry> entries = new ArrayList<>();

    /** An amount in the account's currency, and what it was in another one when the file says. */
    private record Conversion(BigDecimal amount, String foreignCurrency, BigDecimal foreignAmount) {
    }

    /** @param fields the statement's own leaves, filled as the file is read */
    OfxStatement(Map<String, String> fields, IntSupplier rows) {
        this.fields = fields;
        this.rows = rows;
    }

    void addTransaction(Map<String, String> transaction, int line) {
        int row = rows.getAsInt();
        try {
            entries.add(entry(row, transaction));
        } catch (Unreadable e) {
            entries.add(FileEntry.invalid(row, "transaction " + row + " (line " + line + "): " + e.getMessage()));
        }
    }

    /** @throws BankFileException when the ledger balance is there but cannot be read */
    FileStatement toStatement() {
        String account = first(fields.get("BANKACCTFROM/ACCTID"), fields.get("CCACCTFROM/ACCTID"),
                fields.get("CCARDACCTFROM/ACCTID"));
        return new FileStatement(account, currency(), null, closing(), entries);
    }

    private FileEntry entry(int row, Map<String, String> transaction) {
        BigDecimal stated = OfxValues.amount("amount (TRNAMT)", transaction.get("TRNAMT"));
        Conversion conversion = conversion(transaction, stated);
        String name = first(transaction.get("NAME"), transaction.get("PAYEE/NAME"));
        String memo = transaction.get("MEMO");
        return new FileEntry(row, OfxValues.date("date (DTPOSTED)", transaction.get("DTPOSTED")), conversion.amount(),
                currency(), name == null || memo == null ? first(name, memo) : name + " - " + memo, name,
                first(transaction.get("BANKACCTTO/ACCTID"), transaction.get("CCACCTTO/ACCTID")),
                first(transaction.get("REFNUM"), transaction.get("CHECKNUM")), transaction.get("FITID"), true,
                conversion.foreignCurrency(), conversion.foreignAmount(), null);
    }

    private Conversion conversion(Map<String, String> transaction, BigDecimal stated) {
        String instead = transaction.get("CURRENCY/CURSYM");
        if (instead != null && !instead.equals(currency())) {
            BigDecimal rate = OfxValues.amount("exchange rate (CURRENCY/CURRATE)", transaction.get("CURRENCY/CURRATE"));
            return new Conversion(stated.multiply(rate).setScale(decimals(currency()), RoundingMode.HALF_UP), instead,
                    stated);
        }
        String original = transaction.get("ORIGCURRENCY/CURSYM");
        String rate = transaction.get("ORIGCURRENCY/CURRATE");
        if (original == null || rate == null || original.equals(currency())) {
            return new Conversion(stated, null, null);
        }
        BigDecimal ratio = OfxValues.amount("exchange rate (ORIGCURRENCY/CURRATE)", rate);
        if (ratio.signum() == 0) {
            throw new Unreadable("exchange rate (ORIGCURRENCY/CURRATE) is zero");
        }
        return new Conversion(stated, original, stated.divide(ratio, decimals(original), RoundingMode.HALF_UP));
    }

    private FileBalance closing() {
        String amount = fields.get("LEDGERBAL/BALAMT");
        if (amount == null) {
            return null;
        }
        try {
            return new FileBalance(OfxValues.date("date (DTASOF)", fields.get("LEDGERBAL/DTASOF")),
                    OfxValues.amount("amount (BALAMT)", amount));
        } catch (Unreadable e) {
            throw new BankFileException(Problem.BROKEN, "ledger balance (LEDGERBAL): " + e.getMessage());
        }
    }

    private String currency() {
        return fields.get("CURDEF");
    }

    /** The currency's minor units (0 for JPY, 3 for KWD), or 2 for a code Java does not know. */
    private static int decimals(String code) {
        try {
            int digits = code == null ? DEFAULT_DECIMALS : Currency.getInstance(code).getDefaultFractionDigits();
            return digits < 0 ? DEFAULT_DECIMALS : digits;
        } catch (IllegalArgumentException e) {
            return DEFAULT_DECIMALS;
        }
    }

    private static String first(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
