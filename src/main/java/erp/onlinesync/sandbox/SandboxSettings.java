package erp.onlinesync.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The sandbox's MicroProfile Config keys and their values, read once when the sandbox starts (except
 * {@value #ENABLED}, read at every request by {@link SandboxSwitch}).
 *
 * @param tokenCalls             {@value #TOKEN_CALLS}: signed calls an access token serves before it expires (101)
 * @param slowAnswer             {@value #SLOW_SECONDS}: how long Flaky Bank's slow answers take; set the module's
 *                               read timeout below it to see timeouts
 * @param bigBankSize            {@value #BIG_BANK_SIZE}: transactions of Big Bank's account at link creation
 * @param bigBankPageSize        {@value #BIG_BANK_PAGE_SIZE}: transactions per page of Big Bank (the benchmark's lever)
 * @param quotaCalls             {@value #QUOTA_CALLS}: signed calls Quota Bank serves before answering 202
 * @param fetchingOnFirstRefresh {@value #FIRST_REFRESH_FETCHING}: whether each account's first refresh answers
 *                               {@code currently_fetching: true} (the control API can change it)
 * @param dataDir                {@value #DATA_DIR}: where {@code sandbox.key} lives
 */
public record SandboxSettings(int tokenCalls, Duration slowAnswer, long bigBankSize, int bigBankPageSize, int quotaCalls,
        boolean fetchingOnFirstRefresh, Path dataDir) {

    /** Off unless set: a production server that lost its configuration must not serve a fake bank. */
    public static final String ENABLED = "sync.sandbox.enabled";
    public static final String TOKEN_CALLS = "sync.sandbox.token-calls";
    public static final String SLOW_SECONDS = "sync.sandbox.slow-seconds";
    public static final String BIG_BANK_SIZE = "sync.sandbox.big-bank-size";
    public static final String BIG_BANK_PAGE_SIZE = "sync.sandbox.big-bank-page-size";
    public static final String QUOTA_CALLS = "sync.sandbox.quota-calls";
    public static final String FIRST_REFRESH_FETCHING = "sync.sandbox.first-refresh-fetching";
    /** Shared with the module, which keeps its own files there too. */
    public static final String DATA_DIR = "sync.data-dir";

    static final int DEFAULT_TOKEN_CALLS = 50;
    static final int DEFAULT_SLOW_SECONDS = 3;
    static final long DEFAULT_BIG_BANK_SIZE = 1_000_000;
    static final int DEFAULT_BIG_BANK_PAGE_SIZE = 500;
    static final int DEFAULT_QUOTA_CALLS = 12;
    static final String DEFAULT_DATA_DIR = "./data";

    public static SandboxSettings from(Config config) {
        return new SandboxSettings(
                config.getOptionalValue(TOKEN_CALLS, Integer.class).orElse(DEFAULT_TOKEN_CALLS),
                Duration.ofSeconds(config.getOptionalValue(SLOW_SECONDS, Integer.class).orElse(DEFAULT_SLOW_SECONDS)),
                config.getOptionalValue(BIG_BANK_SIZE, Long.class).orElse(DEFAULT_BIG_BANK_SIZE),
                config.getOptionalValue(BIG_BANK_PAGE_SIZE, Integer.class).orElse(DEFAULT_BIG_BANK_PAGE_SIZE),
                config.getOptionalValue(QUOTA_CALLS, Integer.class).orElse(DEFAULT_QUOTA_CALLS),
                config.getOptionalValue(FIRST_REFRESH_FETCHING, Boolean.class).orElse(false),
                Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse(DEFAULT_DATA_DIR)));
    }

    /** The defaults, with the key kept in {@code dataDir} (tests). */
    public static SandboxSettings defaults(Path dataDir) {
        return new SandboxSettings(DEFAULT_TOKEN_CALLS, Duration.ofSeconds(DEFAULT_SLOW_SECONDS), DEFAULT_BIG_BANK_SIZE,
                DEFAULT_BIG_BANK_PAGE_SIZE, DEFAULT_QUOTA_CALLS, false, dataDir);
    }

    public static boolean enabled(Config config) {
        return config.getOptionalValue(ENABLED, Boolean.class).orElse(false);
    }

    /** Where the module keeps its books: unset or {@code jdbc:h2:} is the embedded database. */
    public static final String DATABASE_URL = "ds.url";
    /** A JDBC resource of the server, which wins over {@value #DATABASE_URL}: never the embedded database. */
    public static final String DATABASE_RESOURCE = "ds.resource";
    /** The second, explicit switch for a sandbox over an external (test) database. */
    public static final String ALLOW_WITH_EXTERNAL_DB = "sync.sandbox.allow-with-external-db";

    /**
     * Why this server must not start: the sandbox books invented transactions into real journals, so it
     * is refused with an external database unless a second switch says that database is a test one.
     * The message never repeats the URL, which may carry a password.
     *
     * @return empty when the sandbox is off, the database embedded, or the second switch on
     */
    public static Optional<String> refusal(boolean enabled, Optional<String> databaseUrl, Optional<String> databaseResource,
            boolean allowedWithExternal) {
        String url = databaseUrl.map(String::trim).orElse("");
        boolean serverResource = databaseResource.filter(r -> !r.isBlank()).isPresent();
        boolean embedded = !serverResource && (url.isEmpty() || url.startsWith("jdbc:h2:"));
        if (!enabled || embedded || allowedWithExternal) {
            return Optional.empty();
        }
        return Optional.of("The sandbox proxy is on (" + ENABLED + "=true) with an external database (" + DATABASE_RESOURCE
                + " names a server resource, or " + DATABASE_URL + " is not jdbc:h2:): the module does not start, as the"
                + " sandbox would book invented transactions into real journals. Switch the sandbox off, or set "
                + ALLOW_WITH_EXTERNAL_DB + "=true for a test database.");
    }

    public static Optional<String> refusal(Config config) {
        return refusal(enabled(config), config.getOptionalValue(DATABASE_URL, String.class),
                config.getOptionalValue(DATABASE_RESOURCE, String.class), config.getOptionalValue(ALLOW_WITH_EXTERNAL_DB, Boolean.class).orElse(false));
    }
}
