package erp.onlinesync.sandbox.ponto;

import erp.onlinesync.sandbox.bank.Iban;
import erp.onlinesync.sandbox.ponto.FakeIntegration.FakeAccount;
import erp.onlinesync.sandbox.ponto.FakeIntegration.FakeSynchronization;
import erp.onlinesync.sandbox.ponto.FakeIntegration.FakeTransaction;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ponto Connect as the module's MyPonto adapter sees it, in memory: the OAuth2 token endpoint (client
 * credentials, HTTP Basic), JSON:API accounts, transactions (newest first) and pending transactions with
 * cursor paging ({@code page[limit]}, {@code page[before]}, {@code page[after]}), and synchronizations.
 * <p>
 * Each integration (any Client ID, with the secret of its first use) has two EUR accounts of
 * {@value #POSTED} posted and {@value #PENDING} pending transactions, synchronized at creation. The switches
 * ({@link #control}) play Ponto's failures: a revoked integration (401) and its reconnect in MyPonto (a new
 * secret), expired tokens, the 180-day re-authorization, an unpaid subscription (402), rate limiting (429),
 * stale data, new transactions.
 */
public final class PontoConnectFake {

    static final int POSTED = 150;
    static final int PENDING = 3;
    private static final int DEFAULT_LIMIT = 10;
    private static final int MIN_SECRET = 8;

    /** An HTTP answer of the fake. */
    public record Reply(int status, String retryAfter, String body) {
    }

    private final Clock clock;
    private final Map<String, FakeIntegration> integrations = new ConcurrentHashMap<>();

    public PontoConnectFake(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param path the path under the API's base URL, such as {@code /accounts/{id}/transactions}
     * @param query the query parameters, names as sent ({@code page[limit]})
     */
    public synchronized Reply handle(String method, String path, Map<String, String> query, String authorization, String body) {
        if ("POST".equals(method) && "/oauth2/token".equals(path)) {
            return token(authorization, body);
        }
        FakeIntegration integration = bearer(authorization);
        if (integration == null || integration.revoked) {
            return error(401, "unauthorized");
        }
        if (integration.rateLimitSeconds > 0) {
            long seconds = integration.rateLimitSeconds;
            integration.rateLimitSeconds = 0;
            return new Reply(429, Long.toString(seconds), errors("tooManyRequests"));
        }
        if (integration.unpaid) {
            return error(402, "paymentRequired");
        }
        String[] parts = path.substring(1).split("/");
        if ("POST".equals(method) && path.equals("/synchronizations")) {
            return synchronize(integration, body);
        }
        if (!"GET".equals(method)) {
            return error(405, "methodNotAllowed");
        }
        if (parts.length == 2 && parts[0].equals("synchronizations")) {
            return integration.accounts.stream().map(a -> a.latest).filter(s -> s != null && s.id.equals(parts[1]))
                    .findFirst().map(s -> ok(Json.createObjectBuilder().add("data", synchronization(look(s)))))
                    .orElse(error(404, "resourceNotFound"));
        }
        if (parts[0].equals("accounts") && parts.length == 1) {
            return page(integration.accounts.stream().map(this::account).toList(),
                    integration.accounts.stream().map(a -> a.id).toList(), query);
        }
        Optional<FakeAccount> account = integration.accounts.stream().filter(a -> parts.length > 1 && a.id.equals(parts[1])).findFirst();
        if (account.isEmpty() || parts.length > 3) {
            return error(404, "resourceNotFound");
        }
        FakeAccount a = account.get();
        if (parts.length == 2) {
            if (a.latest != null) {
                look(a.latest);
            }
            return ok(Json.createObjectBuilder().add("data", account(a)));
        }
        List<FakeTransaction> listed = switch (parts[2]) {
            case "transactions" -> a.transactions;
            case "pending-transactions" -> a.pending;
            default -> null;
        };
        if (listed == null) {
            return error(404, "resourceNotFound");
        }
        return page(listed.stream().map(t -> transaction(t, parts[2].startsWith("pending"))).toList(),
                listed.stream().map(FakeTransaction::id).toList(), query);
    }

    /**
     * The control API of tests and demos: {@code revoke}, {@code reconnect} (the next secret used is the new one),
     * {@code expire-tokens}, {@code authorization-expired},
     * {@code unpaid}, {@code paid}, {@code rate-limit} (seconds), {@code stale}, {@code add-transactions} (count).
     *
     * @return the integration's report: tokens issued and synchronizations requested; empty for an unknown one
     */
    public synchronized Optional<JsonObject> control(String clientId, String operation, long amount) {
        FakeIntegration integration = integrations.get(clientId);
        if (integration == null) {
            return Optional.empty();
        }
        switch (operation) {
            case "revoke" -> integration.revoked = true;
            case "reconnect" -> {
                integration.revoked = false;
                integration.secret = null;
            }
            case "expire-tokens" -> integration.tokens.clear();
            case "authorization-expired" -> {
                integration.authorizationExpired = true;
                stale(integration);
            }
            case "unpaid" -> integration.unpaid = true;
            case "paid" -> integration.unpaid = false;
            case "rate-limit" -> integration.rateLimitSeconds = amount;
            case "stale" -> stale(integration);
            case "add-transactions" -> integration.accounts.forEach(a -> addNewest(a, (int) amount));
            case "report" -> {
                // nothing to change
            }
            default -> throw new IllegalArgumentException("Unknown operation " + operation);
        }
        return Optional.of(Json.createObjectBuilder().add("client_id", clientId).add("tokens_issued", integration.tokensIssued)
                .add("synchronizations_requested", integration.synchronizationsRequested).build());
    }

    private void stale(FakeIntegration integration) {
        integration.accounts.forEach(a -> {
            a.synchronizedAt = clock.instant().minus(Duration.ofDays(1));
            a.latest = null;
        });
    }

    private Reply token(String authorization, String body) {
        String[] credentials = basic(authorization);
        if (credentials == null || body == null || !body.contains("grant_type=client_credentials")) {
            return new Reply(400, null, "{\"error\":\"invalid_request\"}");
        }
        FakeIntegration integration = integrations.computeIfAbsent(credentials[0], id -> credentials[1].length() < MIN_SECRET
                ? null : create(id, credentials[1]));
        if (integration != null && integration.secret == null && credentials[1].length() >= MIN_SECRET) {
            integration.secret = credentials[1];
        }
        if (integration == null || integration.revoked || !credentials[1].equals(integration.secret)) {
            return new Reply(401, null, "{\"error\":\"invalid_client\"}");
        }
        String token = "ponto-access-" + UUID.randomUUID();
        integration.tokens.add(token);
        integration.tokensIssued++;
        return new Reply(200, null, Json.createObjectBuilder().add("access_token", token).add("token_type", "bearer")
                .add("expires_in", 1799).add("scope", "ai").build().toString());
    }

    private FakeIntegration create(String clientId, String secret) {
        FakeIntegration integration = new FakeIntegration(clientId, secret);
        SplittableRandom random = new SplittableRandom(clientId.hashCode());
        for (String description : List.of("Ponto current account", "Ponto savings account")) {
            FakeAccount account = new FakeAccount(UUID.nameUUIDFromBytes((clientId + description).getBytes(StandardCharsets.UTF_8))
                    .toString(), Iban.random("BE", random), description);
            account.synchronizedAt = clock.instant();
            addNewest(account, POSTED);
            for (int i = 1; i <= PENDING; i++) {
                account.pending.add(new FakeTransaction(account.id + "-pending-" + i, clock.instant(),
                        new BigDecimal("-" + i + "5.00"), "Card payment pending " + i, "Shop " + i));
            }
            integration.accounts.add(account);
        }
        return integration;
    }

    /** New transactions, one an hour up to now, put in front: the newest first. */
    private void addNewest(FakeAccount account, int count) {
        Instant now = clock.instant();
        for (int i = count - 1; i >= 0; i--) {
            int sequence = account.nextSequence++;
            BigDecimal amount = BigDecimal.valueOf((sequence * 3761L) % 40_000 - 20_000 + 1, 2);
            account.transactions.add(0, new FakeTransaction(account.id + "-" + sequence, now.minus(Duration.ofHours(i)),
                    amount, "Ponto payment " + sequence, "Counterpart " + sequence % 7));
        }
    }

    private Reply synchronize(FakeIntegration integration, String body) {
        JsonObject attributes;
        try {
            attributes = Json.createReader(new StringReader(body)).readObject().getJsonObject("data").getJsonObject("attributes");
        } catch (RuntimeException e) {
            return error(400, "invalidBody");
        }
        Optional<FakeAccount> account = integration.accounts.stream()
                .filter(a -> a.id.equals(attributes.getString("resourceId", ""))).findFirst();
        if (account.isEmpty() || !"account".equals(attributes.getString("resourceType", ""))
                || !"accountTransactions".equals(attributes.getString("subtype", ""))) {
            return error(400, "invalidSynchronization");
        }
        integration.synchronizationsRequested++;
        FakeSynchronization sync = new FakeSynchronization(UUID.randomUUID().toString(), account.get().id, "pending", clock.instant());
        if (integration.authorizationExpired) {
            sync.status = "error";
            sync.errorCode = "authorizationExpired";
        }
        account.get().latest = sync;
        return new Reply(201, null, Json.createObjectBuilder().add("data", synchronization(sync)).build().toString());
    }

    /** A pending synchronization is done at the first look, and the account's data fresh. */
    private FakeSynchronization look(FakeSynchronization sync) {
        if ("pending".equals(sync.status)) {
            sync.status = "success";
            sync.updatedAt = clock.instant();
            integrations.values().stream().flatMap(i -> i.accounts.stream()).filter(a -> a.id.equals(sync.accountId))
                    .forEach(a -> a.synchronizedAt = clock.instant());
        }
        return sync;
    }

    private JsonObjectBuilder synchronization(FakeSynchronization sync) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        if (sync.errorCode != null) {
            errors.add(Json.createObjectBuilder().add("code", sync.errorCode).add("detail", "The authorization expired"));
        }
        return Json.createObjectBuilder().add("type", "synchronization").add("id", sync.id).add("attributes",
                Json.createObjectBuilder().add("resourceType", "account").add("resourceId", sync.accountId)
                        .add("subtype", "accountTransactions").add("status", sync.status).add("errors", errors)
                        .add("updatedAt", sync.updatedAt.toString()));
    }

    private JsonObjectBuilder account(FakeAccount a) {
        JsonObjectBuilder meta = Json.createObjectBuilder().add("synchronizedAt", a.synchronizedAt.toString());
        if (a.latest != null) {
            meta.add("latestSynchronization", synchronization(a.latest));
        }
        BigDecimal balance = a.balance();
        return Json.createObjectBuilder().add("type", "account").add("id", a.id).add("attributes", Json.createObjectBuilder()
                .add("reference", a.iban).add("referenceType", "IBAN").add("currency", "EUR").add("description", a.description)
                .add("holderName", "Sandbox company").add("subtype", "checking").add("currentBalance", balance)
                .add("availableBalance", balance).add("currentBalanceChangedAt", clock.instant().toString())
                .add("authorizationExpirationExpectedAt", clock.instant().plus(Duration.ofDays(90)).toString()))
                .add("meta", meta);
    }

    private static JsonObjectBuilder transaction(FakeTransaction t, boolean pending) {
        return Json.createObjectBuilder().add("type", pending ? "pendingTransaction" : "transaction").add("id", t.id())
                .add("attributes", Json.createObjectBuilder().add("amount", t.amount()).add("currency", "EUR")
                        .add("executionDate", t.executionDate().toString()).add("valueDate", t.executionDate().toString())
                        .add("remittanceInformation", t.remittance()).add("remittanceInformationType", "unstructured")
                        .add("counterpartName", t.counterpart()).add("endToEndId", "NOTPROVIDED").add("description", "Transfer"));
    }

    /** One JSON:API page: {@code page[after]} goes towards older, {@code page[before]} towards newer. */
    private static Reply page(List<JsonObjectBuilder> resources, List<String> ids, Map<String, String> query) {
        int limit;
        try {
            limit = Integer.parseInt(query.getOrDefault("page[limit]", Integer.toString(DEFAULT_LIMIT)));
        } catch (NumberFormatException e) {
            return error(400, "invalidPageLimit");
        }
        if (limit < 1 || limit > 100) {
            return error(400, "invalidPageLimit");
        }
        int from = 0;
        int to;
        String before = query.get("page[before]");
        String after = query.get("page[after]");
        if (before != null) {
            to = ids.indexOf(before);
            if (to < 0) {
                return error(400, "invalidCursor");
            }
            from = Math.max(0, to - limit);
        } else {
            if (after != null) {
                from = ids.indexOf(after) + 1;
                if (from == 0) {
                    return error(400, "invalidCursor");
                }
            }
            to = Math.min(ids.size(), from + limit);
        }
        JsonArrayBuilder data = Json.createArrayBuilder();
        resources.subList(from, to).forEach(data::add);
        JsonObjectBuilder links = Json.createObjectBuilder().add("first", "?page[limit]=" + limit);
        if (to < ids.size() && to > from) {
            links.add("next", "?page[limit]=" + limit + "&page[after]=" + ids.get(to - 1));
        }
        if (from > 0 && to > from) {
            links.add("prev", "?page[limit]=" + limit + "&page[before]=" + ids.get(from));
        }
        return ok(Json.createObjectBuilder().add("data", data).add("links", links)
                .add("meta", Json.createObjectBuilder().add("paging", Json.createObjectBuilder().add("limit", limit))));
    }

    private FakeIntegration bearer(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String token = authorization.substring("Bearer ".length());
        return integrations.values().stream().filter(i -> i.tokens.contains(token)).findFirst().orElse(null);
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length())), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Reply ok(JsonObjectBuilder body) {
        return new Reply(200, null, body.build().toString());
    }

    private static Reply error(int status, String code) {
        return new Reply(status, null, errors(code));
    }

    private static String errors(String code) {
        return Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("code", code).add("detail", code))).build().toString();
    }
}
