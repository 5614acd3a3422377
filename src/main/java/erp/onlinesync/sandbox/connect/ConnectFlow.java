package erp.onlinesync.sandbox.connect;

import erp.onlinesync.sandbox.link.Consent;
import erp.onlinesync.sandbox.link.ExchangeTokens;
import erp.onlinesync.sandbox.link.LinkRegistry;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The hosted connect page's flow (contract section 4), without JAX-RS: {@link #show} answers the page for
 * the module's {@code GET {sandbox}/connect?mode=&institution_id=&client_id=&return_url=&state=&lang=}, and
 * {@link #submit} turns the posted form into a 303 redirect to {@code return_url?state=..&exchange_token=..}
 * or, on refusal, {@code return_url?state=..&error=access_denied&error_description=..}.
 * <p>
 * An HTTP client (a test) can skip the page and post the form itself, {@code POST {sandbox}/connect} as
 * {@code application/x-www-form-urlencoded}, with the fields:
 * <ul>
 * <li>{@code mode}, {@code institution_id}, {@code client_id} (renewing modes only), {@code return_url},
 * {@code state}, {@code lang} (optional): as in the GET;</li>
 * <li>{@code seed} (optional, mode {@code link}): the data seed as up to 16 hex digits; random when absent,
 * and the same seed gives the same accounts and transactions;</li>
 * <li>{@code username}, {@code password}: anything not blank;</li>
 * <li>{@code consent}: {@code yes} (or {@code on}, {@code true}, {@code 1});</li>
 * <li>{@code account}: repeated, the online identifiers to share; when absent every account is shared
 * (unless {@code account_choice=explicit}, which the page sends so that unticking all is an error);</li>
 * <li>{@code action}: {@code allow} (default) or {@code refuse}.</li>
 * </ul>
 * In the renewing modes the exchange gives new tokens for the same client id; the old ones stop working.
 * A missing or wrong parameter gives a 400 page and no redirect.
 */
public final class ConnectFlow {

    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String CONSENT = "consent";
    static final String ACCOUNT = "account";
    static final String ACCOUNT_CHOICE = "account_choice";
    static final String EXPLICIT = "explicit";
    static final String ACTION = "action";
    static final String ALLOW = "allow";
    static final String REFUSE = "refuse";
    private static final Set<String> CONSENTED = Set.of("yes", "on", "true", "1");
    private static final int OK = 200;
    private static final int BAD_REQUEST = 400;
    private static final int SEE_OTHER = 303;
    private static final SecureRandom SEEDS = new SecureRandom();

    /**
     * What to answer: a page with its status, or a redirect.
     *
     * @param redirect where to send the browser (303), or null to show {@code html}
     */
    public record Outcome(int status, String html, URI redirect) {

        static Outcome page(int status, String html) {
            return new Outcome(status, html, null);
        }
    }

    /** Where the module in this WAR takes the browser back, from a connect page's address. */
    public static final String MODULE_CALLBACK = "../online-sync/callback";

    private final LinkRegistry links;
    private final ExchangeTokens exchanges;
    private final URI callback;

    /** @param callback the module's callback on the host the page is asked on: the only return URL accepted */
    public ConnectFlow(LinkRegistry links, ExchangeTokens exchanges, URI callback) {
        this.links = links;
        this.exchanges = exchanges;
        this.callback = callback;
    }

    /** @param query gives a query parameter by name, or null */
    public Outcome show(UnaryOperator<String> query) {
        try {
            return Outcome.page(OK, ConnectPage.form(ConnectRequest.parse(query, links, SEEDS::nextLong, callback), null, null));
        } catch (ConnectRefusal e) {
            return Outcome.page(BAD_REQUEST, ConnectPage.refusal(e.getMessage()));
        }
    }

    /**
     * @param field      gives a form field by name (its first value), or null
     * @param accountIds every value of the {@code account} field
     */
    public Outcome submit(UnaryOperator<String> field, List<String> accountIds) {
        ConnectRequest request;
        try {
            request = ConnectRequest.parse(field, links, SEEDS::nextLong, callback);
        } catch (ConnectRefusal e) {
            return Outcome.page(BAD_REQUEST, ConnectPage.refusal(e.getMessage()));
        }
        if (REFUSE.equals(field.apply(ACTION))) {
            return redirect(request, "error", "access_denied", "error_description", "The user refused the consent");
        }
        long accountMask = chosenAccounts(request, EXPLICIT.equals(field.apply(ACCOUNT_CHOICE)), accountIds);
        String username = field.apply(USERNAME);
        String consent = field.apply(CONSENT);
        String problem = blank(username) || blank(field.apply(PASSWORD)) ? "Enter a user name and a password."
                : consent == null || !CONSENTED.contains(consent.toLowerCase(Locale.ROOT)) ? "Tick the consent box to go on."
                : accountMask == 0 ? "Choose at least one account." : null;
        if (problem != null) {
            return Outcome.page(BAD_REQUEST, ConnectPage.form(request, username, problem));
        }
        String token = exchanges.issue(new Consent(request.bank(), request.seed(), request.mode(), request.clientId(),
                accountMask));
        return redirect(request, "exchange_token", token);
    }

    private static long chosenAccounts(ConnectRequest request, boolean explicit, List<String> accountIds) {
        boolean all = !explicit && accountIds.isEmpty();
        long mask = 0;
        for (var account : request.accounts()) {
            if (all || accountIds.contains(account.id())) {
                mask |= 1L << account.index();
            }
        }
        return mask;
    }

    private static Outcome redirect(ConnectRequest request, String... parameters) {
        String[] withState = new String[parameters.length + 2];
        withState[0] = ConnectRequest.STATE;
        withState[1] = request.state();
        System.arraycopy(parameters, 0, withState, 2, parameters.length);
        return new Outcome(SEE_OTHER, null, ReturnUrl.with(request.returnUrl(), withState));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
