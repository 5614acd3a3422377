package erp.onlinesync.sandbox;

import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.connect.ConnectFlow;
import erp.onlinesync.sandbox.control.LinkControl;
import erp.onlinesync.sandbox.link.LinkMode;
import erp.onlinesync.sandbox.link.SandboxKey;
import erp.onlinesync.sandbox.proxy.SignedHeaders;
import erp.onlinesync.sandbox.proxy.WireReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sandbox in a test: fixed clock, its own key, and the moves of a module that links a bank through the
 * connect page (posting the form as an HTTP client would) and exchanges the token.
 */
public final class SandboxFixture {

    public static final URI BASE = URI.create("http://localhost/onlinesync/sandbox/");
    public static final Instant START = Instant.parse("2026-03-15T10:00:00Z");
    public static final String RETURN_URL = "https://erp.example/onlinesync/online-sync/callback";
    /** The module's callback as the connect page on erp.example knows it. */
    public static final URI CALLBACK = URI.create("http://erp.example/onlinesync/sandbox/").resolve(ConnectFlow.MODULE_CALLBACK);
    public static final String STATE = "state-123";

    public final MutableClock clock;
    public final SandboxKey key;
    public final SandboxSettings settings;
    public final Sandbox sandbox;

    public SandboxFixture() {
        this(SandboxSettings.defaults(Path.of("target", "unused")));
    }

    public SandboxFixture(SandboxSettings settings) {
        this(settings, randomKey(), new MutableClock(START));
    }

    private SandboxFixture(SandboxSettings settings, SandboxKey key, MutableClock clock) {
        this.settings = settings;
        this.key = key;
        this.clock = clock;
        this.sandbox = new Sandbox(settings, key, clock);
    }

    /** @return a new sandbox with the same key and clock and nothing in memory: a restarted server */
    public SandboxFixture restarted() {
        return new SandboxFixture(settings, key, clock);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Links {@code bank} with a fixed seed, consenting to every account. */
    public SignedClient link(Bank bank) {
        return link(bank, "2a");
    }

    public SignedClient link(Bank bank, String seedHex) {
        return client(exchange(consent(bank, LinkMode.LINK, null, Map.of("seed", seedHex))));
    }

    /** @param exchanged the answer of an exchange_token call */
    public SignedClient client(JsonObject exchanged) {
        return new SignedClient(this, exchanged.getJsonObject("result"));
    }

    /** Goes through the connect page again for an existing link; the answer holds the new tokens. */
    public SignedClient renew(SignedClient client, Bank bank, LinkMode mode) {
        return client(exchange(consent(bank, mode, client.clientId, Map.of())));
    }

    /** The control API, on this sandbox. */
    public LinkControl control() {
        return new LinkControl(sandbox.links(), clock);
    }

    /**
     * Posts the connect form as an HTTP client and returns the exchange token from the redirect.
     *
     * @param extra more form fields (seed, account_choice, ...)
     */
    public String consent(Bank bank, LinkMode mode, String clientId, Map<String, String> extra) {
        ConnectFlow.Outcome outcome = submit(bank, mode, clientId, extra, List.of());
        String query = outcome.redirect().getRawQuery();
        return query.substring(query.indexOf("exchange_token=") + "exchange_token=".length());
    }

    public ConnectFlow.Outcome submit(Bank bank, LinkMode mode, String clientId, Map<String, String> extra,
            List<String> accounts) {
        Map<String, String> form = new HashMap<>(Map.of("mode", mode.wireName(), "institution_id", bank.id(),
                "return_url", RETURN_URL, "state", STATE, "username", "demo", "password", "demo", "consent", "yes"));
        if (clientId != null) {
            form.put("client_id", clientId);
        }
        form.putAll(extra);
        return new ConnectFlow(sandbox.links(), sandbox.exchanges(), CALLBACK).submit(form::get, accounts);
    }

    public JsonObject exchange(String token) {
        return unsigned("exchange_token", "{\"data\":{\"exchange_token\":\"" + token + "\"},\"utils\":{}}");
    }

    public JsonObject unsigned(String call, String body) {
        return json(sandbox.proxy().handle(call, SignedHeaders.none(), body, BASE));
    }

    /** @return the control API's full report of the link */
    public JsonObject report(String clientId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        control().report(clientId, true).accept(out);
        return json(out.toString(StandardCharsets.UTF_8));
    }

    /** @return the report's entry for one account */
    public JsonObject reportedAccount(String clientId, String accountId) {
        return report(clientId).getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("online_identifier").equals(accountId)).findFirst().orElseThrow();
    }

    public static JsonObject json(WireReply reply) {
        return json(reply.body());
    }

    public static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static SandboxKey randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return SandboxKey.of(bytes);
    }
}
