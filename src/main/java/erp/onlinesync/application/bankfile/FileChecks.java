package erp.onlinesync.application.bankfile;

import erp.onlinesync.application.journal.AccountNumbers;
import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.domain.bankfile.ImportJournal;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The checks that refuse a whole file before anything is compared or written: a file of another
 * account or currency would put wrong amounts in the books, an empty one has nothing to preview.
 * A statement or entry that names no account or currency is taken to be the journal's.
 * <p>
 * Banks send one file for all of a customer's accounts: a journal with a bank account number takes
 * the statements of its account and leaves the others out (shown in the preview, never written); a
 * journal without one accepts any one account (it takes the file's on confirm), never two, since
 * nothing says which is its own.
 */
final class FileChecks {

    private FileChecks() {
    }

    /**
     * What of a file may go into the journal.
     *
     * @param account the account the kept statements name (normalized), or null when they name none
     * @param kept the file with only the journal's statements
     * @param leftOut the statements of other accounts
     */
    record Checked(String account, BankFile kept, List<FileStatement> leftOut) {
    }

    /** @throws BankFileException {@code WRONG_ACCOUNT}, {@code WRONG_CURRENCY} or {@code EMPTY} */
    static Checked check(BankFile file, ImportJournal journal) {
        String expected = AccountNumbers.normalize(journal.bankAccountNumber());
        if (expected == null) {
            expected = onlyAccount(file);
        }
        List<FileStatement> kept = new ArrayList<>();
        List<FileStatement> leftOut = new ArrayList<>();
        for (FileStatement statement : file.statements()) {
            String account = AccountNumbers.normalize(statement.accountNumber());
            (account == null || account.equals(expected) ? kept : leftOut).add(statement);
        }
        if (kept.isEmpty() && !leftOut.isEmpty()) {
            throw new BankFileException(Problem.WRONG_ACCOUNT, "The file is of account "
                    + AccountNumbers.normalize(leftOut.get(0).accountNumber()) + ", the journal " + journal.name() + " of " + expected);
        }
        boolean anyEntry = false;
        for (FileStatement statement : kept) {
            checkCurrency(statement.currencyCode(), journal.currency(), "The statement");
            for (FileEntry entry : statement.entries()) {
                checkCurrency(entry.currencyCode(), journal.currency(), "Row " + entry.row());
                anyEntry = true;
            }
        }
        if (!anyEntry) {
            throw new BankFileException(Problem.EMPTY, "The file holds no transactions"
                    + (leftOut.isEmpty() ? "" : " of account " + expected));
        }
        boolean namesAccount = kept.stream().anyMatch(s -> AccountNumbers.normalize(s.accountNumber()) != null);
        return new Checked(namesAccount ? expected : null, new BankFile(file.format(), kept), leftOut);
    }

    /** @return the one account the file names, or null when it names none */
    private static String onlyAccount(BankFile file) {
        Set<String> accounts = new LinkedHashSet<>();
        file.statements().forEach(s -> {
            String account = AccountNumbers.normalize(s.accountNumber());
            if (account != null) {
                accounts.add(account);
            }
        });
        if (accounts.size() > 1) {
            throw new BankFileException(Problem.WRONG_ACCOUNT, "The file holds statements of several accounts ("
                    + String.join(", ", accounts) + "): give the journal its bank account number first");
        }
        return accounts.isEmpty() ? null : accounts.iterator().next();
    }

    private static void checkCurrency(String code, CurrencyCode journalCurrency, String what) {
        if (code == null || code.isBlank()) {
            return;
        }
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!Objects.equals(upper, journalCurrency.code())) {
            throw new BankFileException(Problem.WRONG_CURRENCY, what + " is in " + upper + ", the journal in " + journalCurrency);
        }
    }
}
