package erp.onlinesync.domain.proxy;

/**
 * What the proxy is told of a call's circumstances: whether a person asked for it now
 * ({@code unattended} false) or a timer, a resumed run or a webhook did ({@code utils.cron}), and
 * the language for the user messages it returns ({@code en_US}).
 */
public record CallContext(boolean unattended, String lang) {

    public static CallContext person(String lang) {
        return new CallContext(false, lang == null ? "en_US" : lang);
    }

    public static CallContext timer() {
        return new CallContext(true, "en_US");
    }
}
