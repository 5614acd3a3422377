package erp.onlinesync.application.bankfile;

import erp.onlinesync.application.journal.AccountNumbers;
import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.FileEntry;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.domain.bankfile.ImportJournal;
import erp.onlinesync.domain.shared.CurrencyCode;
import java.util.Objects;

/**
 * The checks that refuse a whole file before anything is compared or written: a file of another
 * account or currency would put wrong amounts in the books, an empty one has nothing to preview.
 * A statement or entry that names no account or currency is taken to be the journal's; a journal
 * without a bank account number accepts any one account (it takes the file's on confirm), never two.
 */
final class FileChecks {

    private FileChecks() {
    }

    /**
     * @return the account the file names (normalized), or null when it names none
     * @throws BankFileException {@code WRONG_ACCOUNT}, {@code WRONG_CURRENCY} or {@code EMPTY}
     */
    static String check(BankFile file, ImportJournal journal) {
        String fileAccount = null;
        boolean anyEntry = false;
        for (FileStatement statement : file.statements()) {
            fileAccount = checkAccount(statement, journal, fileAccount);
            checkCurrency(statement.currencyCode(), journal.currency(), "The statement");
            for (FileEntry entry : statement.entries()) {
                checkCurrency(entry.currencyCode(), journal.currency(), "Row " + entry.row());
                anyEntry = true;
            }
        }
        if (!anyEntry) {
            throw new BankFileException(Problem.EMPTY, "The file holds no transactions");
        }
        return fileAccount;
    }

    private static String checkAccount(FileStatement statement, ImportJournal journal, String seen) {
        String account = AccountNumbers.normalize(statement.accountNumber());
        if (account == null) {
            return seen;
        }
        String expected = journal.bankAccountNumber() == null ? seen : AccountNumbers.normalize(journal.bankAccountNumber());
        if (expected != null && !expected.equals(account)) {
            throw new BankFileException(Problem.WRONG_ACCOUNT, "The file is of account " + account + ", the journal "
                    + journal.name() + " of " + expected);
        }
        return account;
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
