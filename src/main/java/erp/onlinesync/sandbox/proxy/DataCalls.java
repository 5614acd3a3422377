package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.link.Link;
import erp.onlinesync.sandbox.link.LinkRegistry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers the signed calls of contract section 5 for a link that passed every check. */
final class DataCalls {

    /** Small on purpose: Sandbox Bank's three accounts then take two pages, so paging gets exercised. */
    static final int ACCOUNTS_PAGE_SIZE = 2;
    private static final String CONNECTED = "connected";
    private static final String ERROR = "error";
    private static final String CONNECTED_MESSAGE = "The bank connection works.";

    private final LinkRegistry links;
    private final BankRules rules;
    private final Clock clock;
    private final int bigBankPageSize;

    DataCalls(LinkRegistry links, BankRules rules, Clock clock, int bigBankPageSize) {
        this.links = links;
        this.rules = rules;
        this.clock = clock;
        this.bigBankPageSize = bigBankPageSize;
    }

    /** @param shape how a transactions page is served (Flaky Bank's resent pages and shuffled order) */
    JsonObject answer(Link link, Call call, WireRequest request, TransactionPager.Shape shape) {
        return switch (call) {
            case GET_ACCESS_TOKEN -> WireJson.JSON.createObjectBuilder()
                    .add("access_token", link.rotateAccessToken().reveal()).build();
            case ACCOUNTS -> accounts(link, request);
            case REFRESH -> WireJson.JSON.createObjectBuilder()
                    .add("currently_fetching", link.usage().answerFetching(account(link, request).id()))
                    .add("success", true).build();
            case TRANSACTIONS -> transactions(link, request, shape);
            case CONNECTION_STATUS -> connectionStatus(link);
            case DELETE_USER -> WireJson.JSON.createObjectBuilder().add("deleted", links.delete(link.clientId())).build();
            case INSTITUTIONS, EXCHANGE_TOKEN -> throw new IllegalArgumentException(call + " is not a signed call");
        };
    }

    private JsonObject accounts(Link link, WireRequest request) {
        List<AccountHistory> accounts = link.selectedAccounts();
        LocalDate today = link.today(clock);
        int from = (int) Math.min(accounts.size(), request.nextOffset().orElse(0L));
        int to = Math.min(accounts.size(), from + ACCOUNTS_PAGE_SIZE);
        JsonArrayBuilder page = WireJson.JSON.createArrayBuilder();
        accounts.subList(from, to).forEach(a -> page.add(WireJson.account(a, today)));
        return WireJson.JSON.createObjectBuilder().add("accounts", page)
                .add("next_data", WireJson.nextDataOrNull(to, accounts.size())).build();
    }

    private JsonObject transactions(Link link, WireRequest request, TransactionPager.Shape shape) {
        AccountHistory account = account(link, request);
        TransactionPager.Page page = TransactionPager.page(account, link.bank().pageSize(bigBankPageSize), request, link.today(clock), shape);
        if (page.last()) {
            rules.lastPageServed(link, account.id(), request.text("status"));
        }
        return page.result();
    }

    private JsonObject connectionStatus(Link link) {
        Optional<SandboxError> problem = rules.problem(link);
        return WireJson.JSON.createObjectBuilder()
                .add("state", problem.isPresent() ? ERROR : CONNECTED)
                .add("consent_expiring_date", link.grant().consentExpiring().toString())
                .add("auto_sync_allowed", link.bank().autoSyncAllowed())
                .add("message", problem.map(p -> p.code().userMessage()).orElse(CONNECTED_MESSAGE))
                .build();
    }

    private static AccountHistory account(Link link, WireRequest request) {
        String id = request.text("account_id");
        return link.selectedAccount(id)
                .orElseThrow(() -> SandboxError.badRequest("data.account_id is not an account of this link"));
    }
}
