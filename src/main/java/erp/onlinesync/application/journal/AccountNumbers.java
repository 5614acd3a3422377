package erp.onlinesync.application.journal;

import java.util.Locale;

/**
 * Compares bank account numbers the way a person reads them: an IBAN printed in groups
 * ({@code BE68 5390 0754 7034}) and the same IBAN typed without spaces or in lower case are the
 * same account.
 */
public final class AccountNumbers {

    private AccountNumbers() {
    }

    /** @return the number without white space, upper case; null for null or blank */
    public static String normalize(String accountNumber) {
        if (accountNumber == null || accountNumber.isBlank()) {
            return null;
        }
        return accountNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** @return true when both are present and the same once normalized */
    public static boolean same(String a, String b) {
        String left = normalize(a);
        return left != null && left.equals(normalize(b));
    }
}
