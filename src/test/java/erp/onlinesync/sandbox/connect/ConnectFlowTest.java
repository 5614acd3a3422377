package erp.onlinesync.sandbox.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.SignedClient;
import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.link.LinkMode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectFlowTest {

    private static final String SCRIPT = "\"><script>alert(1)</script>";

    private final SandboxFixture fixture = new SandboxFixture();
    private final ConnectFlow flow = new ConnectFlow(fixture.sandbox.links(), fixture.sandbox.exchanges(), SandboxFixture.CALLBACK);

    private static Map<String, String> query(String... extra) {
        Map<String, String> query = new HashMap<>(Map.of("mode", "link", "institution_id", "sandbox_bank",
                "return_url", SandboxFixture.RETURN_URL, "state", "s", "lang", "nl_BE"));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            query.put(extra[i], extra[i + 1]);
        }
        return query;
    }

    @Test
    void thePageShowsTheInstitutionEveryAccountTickedAndEscapesWhatItEchoes() {
        ConnectFlow.Outcome page = flow.show(query("state", SCRIPT, "return_url", SandboxFixture.RETURN_URL + "?a=1&b=" + "%22")::get);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("<h1>Sandbox Bank</h1>"));
        assertTrue(page.html().contains("<html lang=\"nl\">"));
        assertFalse(page.html().contains("<script>"));
        assertTrue(page.html().contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertEquals(3, page.html().split("name=\"account\"").length - 1);
        assertEquals(3, page.html().split("\" checked>").length - 1);
    }

    @Test
    void onlyTheModulesOwnCallbackIsAcceptedAsReturnUrl() {
        for (String bad : List.of("javascript:alert(1)", "data:text/html,x", "/relative", "ftp://host/x", "http:///nohost",
                "https://evil.example/onlinesync/online-sync/callback", "https://erp.example/onlinesync/other-page",
                "https://erp.example.evil.example/onlinesync/online-sync/callback")) {
            ConnectFlow.Outcome page = flow.show(query("return_url", bad)::get);
            assertEquals(400, page.status(), bad);
            assertNull(page.redirect());
        }
        assertEquals(400, flow.show(query("institution_id", SCRIPT)::get).status());
        assertFalse(flow.show(query("institution_id", SCRIPT)::get).html().contains("<script>"));
        assertEquals(400, flow.show(query("mode", "reconnect")::get).status(), "a renewing mode needs a client id");
    }

    @Test
    void allowingRedirectsWithStateAndAnExchangeToken() {
        ConnectFlow.Outcome outcome = fixture.submit(Bank.SANDBOX, LinkMode.LINK, null,
                Map.of("return_url", SandboxFixture.RETURN_URL + "?x=1#top", "state", "a b&c"), List.of());
        URI redirect = outcome.redirect();
        assertTrue(redirect.toString().startsWith(SandboxFixture.RETURN_URL + "?x=1&state=a+b%26c&exchange_token="));
        assertTrue(redirect.toString().endsWith("#top"));
    }

    @Test
    void refusingRedirectsWithAccessDenied() {
        ConnectFlow.Outcome outcome = fixture.submit(Bank.SANDBOX, LinkMode.LINK, null, Map.of("action", "refuse"), List.of());
        assertEquals(SandboxFixture.RETURN_URL + "?state=" + SandboxFixture.STATE
                + "&error=access_denied&error_description=The+user+refused+the+consent", outcome.redirect().toString());
    }

    @Test
    void withoutConsentCredentialsOrAccountsThePageComesBack() {
        assertEquals(400, fixture.submit(Bank.SANDBOX, LinkMode.LINK, null, Map.of("consent", ""), List.of()).status());
        assertEquals(400, fixture.submit(Bank.SANDBOX, LinkMode.LINK, null, Map.of("password", " "), List.of()).status());
        ConnectFlow.Outcome none = fixture.submit(Bank.SANDBOX, LinkMode.LINK, null,
                Map.of("account_choice", "explicit", "username", SCRIPT), List.of());
        assertEquals(400, none.status());
        assertTrue(none.html().contains("Choose at least one account."));
        assertFalse(none.html().contains("<script>"));
    }

    @Test
    void onlyTheChosenAccountsAreShared() {
        String second = fixture.sandbox.links().accountsOf(Bank.SANDBOX, 0x2a).get(1).id();
        ConnectFlow.Outcome outcome = fixture.submit(Bank.SANDBOX, LinkMode.LINK, null, Map.of("seed", "2a"),
                List.of(second, "not-an-account"));
        String query = outcome.redirect().getRawQuery();
        String token = query.substring(query.indexOf("exchange_token=") + "exchange_token=".length());
        SignedClient client = fixture.client(fixture.exchange(token));
        assertEquals(List.of(second), client.accounts().stream().map(a -> a.getString("online_identifier")).toList());
    }
}
