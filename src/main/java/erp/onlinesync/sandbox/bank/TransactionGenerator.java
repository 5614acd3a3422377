package erp.onlinesync.sandbox.bank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes transaction number {@code index} of one account from nothing but the link's seed, the account's
 * position and the index, so it is the same at every call and after a restart, and needs no storage.
 * <p>
 * The amount is drawn first ({@link #amount(long)}), so a balance can be summed without building the
 * rest. The first account of every link also carries values that test the module's escaping and field
 * lengths: a partner name that is an HTML injection, one with quotes and an ampersand, and a 5000-character
 * payment reference, every {@value #SPECIAL_PERIOD} (and {@value #LONG_REF_PERIOD}) transactions.
 * Hostile Bank's transactions all carry a NUL in their label and an over-long partner name
 * ({@link HostileAnswers}).
 */
final class TransactionGenerator {

    static final String SCRIPT_PARTNER = "<img src=x onerror=alert(1)>";
    static final String QUOTES_PARTNER = "O'Brien & Sons \"Ltd\"";
    static final int LONG_REF_LENGTH = 5000;
    static final long SPECIAL_PERIOD = 400;
    static final long LONG_REF_PERIOD = 1000;
    private static final long SCRIPT_SLOT = 7;
    private static final long QUOTES_SLOT = 8;
    private static final long LONG_REF_SLOT = 9;
    /** Separates this random stream from the others derived from the same link seed. */
    private static final long STREAM = 0x7478L;
    private static final int FOREIGN_PERCENT = 10;
    private static final int PERCENT = 100;
    private static final int MONEY_SCALE = 2;
    private static final int STRUCTURED_REF_DIGITS = 1_000_000_000;
    private static final long INVOICE_NUMBERS = 1_000_000;
    private static final int CHECK_MODULUS = 97;

    private static final List<String> PARTNERS = List.of("Colruyt", "Delhaize", "Proximus", "Engie Electrabel",
            "SNCB/NMBS", "Café Zürich", "Łódź Trading Sp. z o.o.", "Amazon EU S.à r.l.", "Lidl", "IKEA",
            "Müller & Söhne GmbH", "Mutualité Chrétienne", "ACME Consulting", "日本商事株式会社", "Shell");
    /** Units of each currency for one euro: fixed, the sandbox has no market. */
    private static final Map<String, BigDecimal> PER_EURO = Map.of("EUR", BigDecimal.ONE,
            "USD", new BigDecimal("1.0850"), "GBP", new BigDecimal("0.8530"), "CHF", new BigDecimal("0.9410"),
            "JPY", new BigDecimal("162.40"));
    private static final List<String> FOREIGN = List.of("USD", "GBP", "CHF", "JPY", "EUR");

    /** The kinds of movement, with their share (percent), sign and range in cents. */
    private enum Kind {
        CARD(45, -1, 150, 25_000, "PMNT-CCRD-POSD"),
        TRANSFER_OUT(20, -1, 2_000, 250_000, "PMNT-ICDT-ESCT"),
        DIRECT_DEBIT(15, -1, 1_000, 40_000, "PMNT-IDDT-ESDD"),
        TRANSFER_IN(15, 1, 1_000, 300_000, "PMNT-RCDT-ESCT"),
        SALARY(5, 1, 200_000, 450_000, "PMNT-RCDT-SALA");

        final int share;
        final int sign;
        final long minCents;
        final long maxCents;
        final String bankCode;

        Kind(int share, int sign, long minCents, long maxCents, String bankCode) {
            this.share = share;
            this.sign = sign;
            this.minCents = minCents;
            this.maxCents = maxCents;
            this.bankCode = bankCode;
        }

        static Kind pick(SplittableRandom random) {
            int roll = random.nextInt(PERCENT);
            for (Kind kind : values()) {
                roll -= kind.share;
                if (roll < 0) {
                    return kind;
                }
            }
            return CARD;
        }
    }

    /** What is drawn first: the kind and the amount, then the generator to draw the rest from. */
    private record Draft(Kind kind, BigDecimal amount, SplittableRandom random) {
    }

    private final long seed;
    private final int accountIndex;
    private final String currencyCode;
    private final String country;
    private final boolean hostile;

    TransactionGenerator(long seed, int accountIndex, String currencyCode, String country, boolean hostile) {
        this.seed = seed;
        this.accountIndex = accountIndex;
        this.currencyCode = currencyCode;
        this.country = country;
        this.hostile = hostile;
    }

    /** @return the signed amount of transaction {@code index}, equal to that of {@link #transaction} */
    BigDecimal amount(long index) {
        return draft(index).amount();
    }

    /**
     * @param pendingIdentifier the pending transaction this one settles, or null
     */
    SandboxTransaction transaction(long index, String identifier, LocalDate date, String pendingIdentifier) {
        Draft draft = draft(index);
        Kind kind = draft.kind();
        SplittableRandom random = draft.random();
        String partner = partner(index, random);
        boolean card = kind == Kind.CARD;
        String foreign = card && random.nextInt(PERCENT) < FOREIGN_PERCENT ? foreignCurrency(random) : null;
        String counterparty = card ? null : Iban.random(country, random);
        String endToEnd = card ? null : uuid(random);
        LocalDate valueDate = date.plusDays(random.nextInt(3) - 1L);
        String reference = reference(index, kind, partner, date, random);
        return new SandboxTransaction(identifier, date, valueDate,
                hostile ? HostileAnswers.LABEL_PREFIX + reference : reference, draft.amount(), currencyCode,
                hostile ? HostileAnswers.partner(partner) : partner, counterparty, foreign,
                foreign == null ? null : convert(draft.amount(), foreign), endToEnd, pendingIdentifier,
                Map.of("bank_transaction_code", kind.bankCode, "sandbox_index", Long.toString(index)));
    }

    private Draft draft(long index) {
        SplittableRandom random = Seeds.random(seed, STREAM, accountIndex, index);
        Kind kind = Kind.pick(random);
        long cents = random.nextLong(kind.minCents, kind.maxCents + 1);
        return new Draft(kind, BigDecimal.valueOf(kind.sign * cents, MONEY_SCALE), random);
    }

    private String partner(long index, SplittableRandom random) {
        String drawn = PARTNERS.get(random.nextInt(PARTNERS.size()));
        if (accountIndex != 0) {
            return drawn;
        }
        long slot = index % SPECIAL_PERIOD;
        return slot == SCRIPT_SLOT ? SCRIPT_PARTNER : slot == QUOTES_SLOT ? QUOTES_PARTNER : drawn;
    }

    private String reference(long index, Kind kind, String partner, LocalDate date, SplittableRandom random) {
        if (accountIndex == 0 && index % LONG_REF_PERIOD == LONG_REF_SLOT) {
            return longReference(index);
        }
        return switch (kind) {
            case CARD -> "Card payment " + partner + " " + date;
            case TRANSFER_OUT -> "Invoice INV-" + (index % INVOICE_NUMBERS) + " " + partner;
            case DIRECT_DEBIT -> "Direct debit mandate M-" + random.nextInt(STRUCTURED_REF_DIGITS);
            case TRANSFER_IN -> structuredReference(random.nextInt(STRUCTURED_REF_DIGITS));
            case SALARY -> "Salary " + YearMonth.from(date);
        };
    }

    /** A Belgian structured communication: ten digits and their mod-97 check. */
    private static String structuredReference(long number) {
        long check = number % CHECK_MODULUS == 0 ? CHECK_MODULUS : number % CHECK_MODULUS;
        String digits = String.format("%010d%02d", number, check);
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    private static String longReference(long index) {
        StringBuilder text = new StringBuilder("Very long remittance information " + index + ":");
        while (text.length() < LONG_REF_LENGTH) {
            text.append(" lorem ipsum dolor sit amet");
        }
        return text.substring(0, LONG_REF_LENGTH);
    }

    private String foreignCurrency(SplittableRandom random) {
        List<String> others = FOREIGN.stream().filter(c -> !c.equals(currencyCode)).toList();
        return others.get(random.nextInt(others.size()));
    }

    private BigDecimal convert(BigDecimal amount, String foreign) {
        int digits = Currency.getInstance(foreign).getDefaultFractionDigits();
        return amount.multiply(PER_EURO.get(foreign)).divide(PER_EURO.get(currencyCode), digits, RoundingMode.HALF_EVEN);
    }

    /** A version 4 UUID drawn from the generator rather than from a secure source: it must be reproducible. */
    private static String uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
