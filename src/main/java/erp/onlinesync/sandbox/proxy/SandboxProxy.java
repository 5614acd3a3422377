package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.sandbox.SandboxSettings;
import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.link.Consent;
import erp.onlinesync.sandbox.link.ExchangeTokens;
import erp.onlinesync.sandbox.link.Link;
import erp.onlinesync.sandbox.link.LinkRegistry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.OptionalInt;

/**
 * The sandbox's answer to every {@code POST /proxy/v1/<name>} (contract sections 3 and 5), from the call's
 * name, headers and raw body; free of JAX-RS so tests drive it directly.
 * <p>
 * A signed call goes through, in order: {@link SignedCallGate} (104, 100, 102, 101), an error forced through
 * the control API, Flaky Bank's transport faults ({@link Flakiness}), the institution's functional rules
 * ({@link BankRules}), and then {@link DataCalls} answers it.
 */
public final class SandboxProxy {

    private static final int DEFAULT_INSTITUTIONS_LIMIT = 100;
    private static final int LONGEST_ECHOED_NAME = 40;

    private final LinkRegistry links;
    private final ExchangeTokens exchanges;
    private final Clock clock;
    private final SignedCallGate gate;
    private final BankRules rules;
    private final DataCalls dataCalls;
    private final SandboxSettings settings;

    public SandboxProxy(LinkRegistry links, ExchangeTokens exchanges, SandboxSettings settings, Clock clock) {
        this.links = links;
        this.exchanges = exchanges;
        this.clock = clock;
        this.settings = settings;
        this.gate = new SignedCallGate(links, clock, settings.tokenCalls());
        this.rules = new BankRules(clock, settings.quotaCalls());
        this.dataCalls = new DataCalls(links, rules, clock, settings.bigBankPageSize());
    }

    /**
     * @param name        the last path segment of {@code /proxy/v1/<name>}
     * @param rawBody     the body exactly as received: the signature covers it
     * @param sandboxBase the sandbox's base URL, ending in a slash (for logo addresses)
     */
    public WireReply handle(String name, SignedHeaders headers, String rawBody, URI sandboxBase) {
        try {
            Call call = Call.byName(name).orElseThrow(() -> SandboxError.badRequest("unknown call "
                    + (name.length() > LONGEST_ECHOED_NAME ? name.substring(0, LONGEST_ECHOED_NAME) : name)));
            WireRequest request = WireRequest.parse(rawBody);
            if (call.signed()) {
                return signed(call, gate.identify(headers), headers, rawBody, request);
            }
            return WireReply.ok(call == Call.INSTITUTIONS ? institutions(request, sandboxBase) : exchange(request, sandboxBase));
        } catch (SandboxError e) {
            return WireReply.error(e, null);
        }
    }

    private WireReply signed(Call call, Link link, SignedHeaders headers, String rawBody, WireRequest request) {
        try {
            gate.admit(link, call, headers, rawBody);
            long number = link.usage().nextCall();
            OptionalInt forced = link.usage().takeForcedError();
            if (forced.isPresent()) {
                throw SandboxError.forced(ErrorCode.of(forced.getAsInt()).orElse(ErrorCode.BAD_REQUEST), clock.instant());
            }
            boolean flaky = link.bank() == Bank.FLAKY && !call.administrative();
            Flakiness.Outcome outcome = flaky ? Flakiness.outcome(link.seed(), number) : Flakiness.Outcome.NORMAL;
            if (outcome.failure() != null) {
                return outcome.failure();
            }
            rules.check(link, call, request);
            TransactionPager.Shape shape = flaky ? Flakiness.pageShape(link.seed(), number) : TransactionPager.Shape.PLAIN;
            WireReply reply = WireReply.ok(dataCalls.answer(link, call, request, shape));
            return outcome.slow() ? reply.delayed(settings.slowAnswer()) : reply;
        } catch (SandboxError e) {
            return WireReply.error(e, link.bank().providerType());
        }
    }

    private static JsonObject institutions(WireRequest request, URI sandboxBase) {
        JsonArrayBuilder found = WireJson.JSON.createArrayBuilder();
        Bank.search(request.text("country"), request.text("query"), request.integer("limit", DEFAULT_INSTITUTIONS_LIMIT))
                .forEach(bank -> found.add(WireJson.institution(bank, sandboxBase)));
        return WireJson.JSON.createObjectBuilder().add("institutions", found).build();
    }

    private JsonObject exchange(WireRequest request, URI sandboxBase) {
        Consent consent = exchanges.redeem(request.text("exchange_token"))
                .orElseThrow(() -> SandboxError.badRequest("the exchange token is unknown, used or expired"));
        Link link = links.apply(consent)
                .orElseThrow(() -> new SandboxError(ErrorCode.LINK_DELETED, "the link to renew no longer exists"));
        return WireJson.JSON.createObjectBuilder()
                .add("client_id", link.clientId())
                .add("refresh_token", link.refreshToken().reveal())
                .add("access_token", link.accessToken().reveal())
                .add("provider_type", link.bank().providerType())
                .add("institution", WireJson.institution(link.bank(), sandboxBase))
                .add("consent_expiring_date", link.grant().consentExpiring().toString())
                .build();
    }
}
