package erp.onlinesync.it.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A synchronization proxy for the cluster test, on the JDK's HTTP server: it answers the calls a run
 * makes ({@code refresh}, {@code transactions}) for any client id, the same way every time, and
 * counts them. Each node is given its own base URL, {@code http://localhost:<port>/<node>}, so every
 * call says which node made it; the contract path follows that prefix.
 * <p>
 * What it serves per link, one account each (online identifier {@link #account}): {@value #POSTED}
 * posted transactions in two pages (the second asked with {@code next_data {"page": 2}}), no pending
 * one, and a balance equal to their sum, so the journal needs no opening-balance line. A
 * {@code transactions} call answers after a random delay in the configured range, so that a node
 * killed in the middle leaves runs half done. Signatures are not checked: the module's signing has
 * tests of its own, and no token reaches this class's memory but in headers it does not read.
 * <p>
 * Anything else ({@code accounts}, {@code get_access_token}, an unknown path) answers code 400 and is
 * counted in {@link #unexpectedCalls()}.
 */
final class StubProxy implements AutoCloseable {

    /** Posted transactions per account, in two pages. */
    static final int POSTED = 20;
    private static final int PAGE = POSTED / 2;
    private static final String REFRESH = "/proxy/v1/refresh";
    private static final String TRANSACTIONS = "/proxy/v1/transactions";

    /** What the stub saw of one node: its calls, the links it listed, the installation ids it sent. */
    static final class NodeCalls {
        final AtomicLong refresh = new AtomicLong();
        final AtomicLong transactions = new AtomicLong();
        /** Milliseconds the stub slept answering this node, summed: the proxy's part of its runs. */
        final AtomicLong delayMillis = new AtomicLong();
        final Map<String, AtomicLong> postedCallsByClient = new ConcurrentHashMap<>();
        final Set<String> dbUuids = ConcurrentHashMap.newKeySet();
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Duration minDelay;
    private final Duration maxDelay;
    private final Map<String, NodeCalls> nodes = new ConcurrentHashMap<>();
    private final AtomicLong unexpected = new AtomicLong();

    /** Starts on a free port of 127.0.0.1; {@code transactions} calls take between the two delays. */
    StubProxy(Duration minDelay, Duration maxDelay) throws IOException {
        this.minDelay = minDelay;
        this.maxDelay = maxDelay;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** @return the base URL to give the node as {@code sync.proxy.url} */
    String urlFor(String node) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + node;
    }

    /** @return what the node called so far (empty counts for a node that never called) */
    NodeCalls of(String node) {
        return nodes.computeIfAbsent(node, n -> new NodeCalls());
    }

    long unexpectedCalls() {
        return unexpected.get();
    }

    /** The account of a link's client id, as the links are inserted and as this stub serves it. */
    static String account(String clientId) {
        return clientId + "-acc";
    }

    /** @return the sum of the posted amounts: what the bank says the balance is */
    static BigDecimal balance() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= POSTED; i++) {
            sum = sum.add(amount(i));
        }
        return sum;
    }

    private static BigDecimal amount(int i) {
        return new BigDecimal(i % 3 == 0 ? "-" + i + ".25" : i + ".50");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath(); // /<node>/proxy/v1/...
            int cut = path.indexOf('/', 1);
            NodeCalls node = of(cut < 0 ? path : path.substring(1, cut));
            String call = cut < 0 ? "" : path.substring(cut);
            JsonObject body = read(exchange.getRequestBody());
            node.dbUuids.add(body.getJsonObject("utils").getString("db_uuid"));
            JsonObject data = body.getJsonObject("data");
            String clientId = exchange.getRequestHeaders().getFirst("X-Sync-Client-Id");
            JsonObject result;
            if (call.equals(REFRESH) && clientId != null) {
                node.refresh.incrementAndGet();
                result = Json.createObjectBuilder().add("currently_fetching", false).add("success", true).build();
            } else if (call.equals(TRANSACTIONS) && clientId != null && data.getString("account_id").equals(account(clientId))) {
                node.transactions.incrementAndGet();
                node.delayMillis.addAndGet(sleep());
                result = transactions(node, clientId, data);
            } else {
                unexpected.incrementAndGet();
                reply(exchange, "{\"error\":{\"code\":400,\"message\":\"the cluster stub does not serve " + call + "\"}}");
                return;
            }
            reply(exchange, Json.createObjectBuilder().add("result", result).build().toString());
        } catch (RuntimeException e) {
            unexpected.incrementAndGet();
            throw e;
        }
    }

    private JsonObject transactions(NodeCalls node, String clientId, JsonObject data) {
        JsonArrayBuilder page = Json.createArrayBuilder();
        JsonObjectBuilder result = Json.createObjectBuilder();
        boolean posted = data.getString("status").equals("posted");
        if (posted) {
            node.postedCallsByClient.computeIfAbsent(clientId, c -> new AtomicLong()).incrementAndGet();
            boolean second = data.get("next_data") instanceof JsonObject next && next.getInt("page") == 2;
            for (int i = second ? PAGE + 1 : 1; i <= (second ? POSTED : PAGE); i++) {
                page.add(transaction(clientId, i));
            }
            if (second) {
                result.addNull("next_data");
            } else {
                result.add("next_data", Json.createObjectBuilder().add("page", 2));
            }
        } else {
            result.addNull("next_data");
        }
        String balance = balance().toPlainString();
        return result.add("transactions", page).add("balance", balance).add("available_balance", balance)
                .add("balance_date", today().toString()).build();
    }

    private static JsonObject transaction(String clientId, int i) {
        return Json.createObjectBuilder()
                .add("online_transaction_identifier", clientId + "-T" + i)
                .add("date", today().minusDays(POSTED - i).toString())
                .add("payment_ref", "Cluster test payment " + i)
                .add("amount", amount(i).toPlainString())
                .add("currency_code", "EUR")
                .add("partner_name", "Partner " + i)
                .build();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** @return the milliseconds slept */
    private long sleep() {
        long millis = ThreadLocalRandom.current().nextLong(minDelay.toMillis(), maxDelay.toMillis() + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return millis;
    }

    private static JsonObject read(InputStream in) throws IOException {
        return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
