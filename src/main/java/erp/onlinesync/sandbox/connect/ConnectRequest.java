package erp.onlinesync.sandbox.connect;

import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.link.LinkMode;
import erp.onlinesync.sandbox.link.LinkRegistry;
import java.net.URI;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The connect page's parameters, checked: from the query of the {@code GET} the module redirects the
 * browser to, and again from the form the page posts back (hidden fields), since the sandbox keeps no
 * session.
 *
 * @param clientId the link being renewed, null in mode {@code link}
 * @param seed     the new link's data seed, or the renewed link's
 * @param accounts every account of the institution for that seed, the ones the page offers
 */
record ConnectRequest(LinkMode mode, Bank bank, String clientId, URI returnUrl, String state, String lang, long seed,
        List<AccountHistory> accounts) {

    static final String MODE = "mode";
    static final String INSTITUTION = "institution_id";
    static final String CLIENT_ID = "client_id";
    static final String RETURN_URL = "return_url";
    static final String STATE = "state";
    static final String LANG = "lang";
    static final String SEED = "seed";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(_[A-Z]{2})?");
    private static final String DEFAULT_LANG = "en_US";
    private static final int HEX = 16;

    /**
     * @param parameter gives a parameter's value by name, or null
     * @param newSeed   draws the seed of a new link when the request names none
     * @param callback  the module's callback, the only {@code return_url} accepted (see {@link ReturnUrl#check})
     * @throws ConnectRefusal when a parameter is missing or wrong
     */
    static ConnectRequest parse(UnaryOperator<String> parameter, LinkRegistry links, LongSupplier newSeed, URI callback) {
        LinkMode mode = LinkMode.fromWire(parameter.apply(MODE)).orElseThrow(
                () -> new ConnectRefusal("mode must be link, updateCredentials, reconnect or refreshAccounts"));
        Bank bank = Bank.byId(parameter.apply(INSTITUTION))
                .orElseThrow(() -> new ConnectRefusal("institution_id names no sandbox institution"));
        URI returnUrl = ReturnUrl.check(parameter.apply(RETURN_URL), callback);
        String state = parameter.apply(STATE);
        if (state == null || state.isBlank()) {
            throw new ConnectRefusal("state is missing");
        }
        String lang = parameter.apply(LANG);
        lang = lang != null && LANGUAGE.matcher(lang).matches() ? lang : DEFAULT_LANG;
        if (!mode.renews()) {
            long seed = seed(parameter.apply(SEED), newSeed);
            return new ConnectRequest(mode, bank, null, returnUrl, state, lang, seed, links.accountsOf(bank, seed));
        }
        String language = lang;
        return links.find(parameter.apply(CLIENT_ID)).filter(link -> link.bank() == bank)
                .map(link -> new ConnectRequest(mode, bank, link.clientId(), returnUrl, state, language, link.seed(),
                        link.accounts()))
                .orElseThrow(() -> new ConnectRefusal("client_id is not a link to this institution"));
    }

    /** @return the two-letter language for the page's {@code lang} attribute */
    String language() {
        return lang.substring(0, 2);
    }

    private static long seed(String text, LongSupplier newSeed) {
        if (text == null || text.isBlank()) {
            return newSeed.getAsLong();
        }
        try {
            return Long.parseUnsignedLong(text.trim(), HEX);
        } catch (NumberFormatException e) {
            throw new ConnectRefusal("seed must be up to 16 hexadecimal digits");
        }
    }
}
