package erp.onlinesync.sandbox.bank;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up account numbers that still pass an IBAN check (ISO 13616 mod-97), so the module's
 * validation and display see realistic values. Belgian numbers also carry their national check digits.
 */
public final class Iban {

    private static final int MOD = 97;
    /** Length of the basic bank account number per country the sandbox uses; all digits. */
    private static final Map<String, Integer> BBAN_LENGTH = Map.of("BE", 12, "FR", 23, "DE", 18, "LU", 16);
    private static final int DEFAULT_BBAN_LENGTH = 16;
    private static final long BELGIAN_ACCOUNT_RANGE = 10_000_000_000L;

    private Iban() {
    }

    /** @return an IBAN of {@code country} drawn from {@code random} */
    public static String random(String country, SplittableRandom random) {
        if ("BE".equals(country)) {
            long account = random.nextLong(BELGIAN_ACCOUNT_RANGE);
            long nationalCheck = account % MOD == 0 ? MOD : account % MOD;
            return of(country, String.format("%010d%02d", account, nationalCheck));
        }
        StringBuilder bban = new StringBuilder();
        int length = BBAN_LENGTH.getOrDefault(country, DEFAULT_BBAN_LENGTH);
        while (bban.length() < length) {
            bban.append(random.nextInt(10));
        }
        return of(country, bban.toString());
    }

    /** @return country + check digits + bban */
    static String of(String country, String bban) {
        int check = MOD + 1 - mod97(bban + country + "00");
        return country + String.format("%02d", check) + bban;
    }

    /** Remainder by 97 of the number the IBAN rule reads, letters counting as 10 to 35. */
    static int mod97(String text) {
        int remainder = 0;
        for (char c : text.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % MOD;
        }
        return remainder;
    }
}
