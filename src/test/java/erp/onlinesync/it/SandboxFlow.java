package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;

import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.infrastructure.crypto.TokenCipher;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drives the connect flow as a browser would, against the sandbox proxy the WAR ships: ask the module
 * where to go, post the sandbox's consent form, follow the redirect back to the module's callback (as
 * the admin, with Basic), and land on the link's page. Also waits for runs and calls the sandbox's
 * control API.
 */
public final class SandboxFlow {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    private SandboxFlow() {
    }

    /** A link the flow created: its id in the module and its client id on the proxy. */
    public record Connected(long linkId, String clientId) {
    }

    /**
     * Connects the institution with a fixed data seed.
     *
     * @param startDate the first date to import, or null for all history
     */
    public static Connected connect(String institutionId, String seedHex, String startDate) {
        String body = "{\"institution_id\":\"" + institutionId + "\",\"mode\":\"link\",\"start_date\":"
                + (startDate == null ? "null" : "\"" + startDate + "\"") + "}";
        HttpResponse<String> asked = Deployed.postJson("/api/v1/online-links/connect", body, ADMIN, adminPassword());
        if (asked.statusCode() != 200) {
            throw new AssertionError("connect: " + asked.statusCode() + " " + asked.body());
        }
        URI connectPage = URI.create(((JsonObject) Deployed.json(asked.body())).getString("redirect_url"));
        Map<String, String> form = new LinkedHashMap<>(query(connectPage));
        form.put("seed", seedHex);
        form.put("username", "it-user");
        form.put("password", "it-password");
        form.put("consent", "yes");
        form.put("action", "allow");
        URI callback = consent(connectPage, form);
        HttpResponse<String> back = Deployed.send(HttpRequest.newBuilder(callback)
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).GET().build());
        if (back.statusCode() != 303) {
            throw new AssertionError("callback: " + back.statusCode() + " " + back.body());
        }
        String location = back.headers().firstValue("Location").orElseThrow();
        long linkId = Long.parseLong(location.substring(location.indexOf("id=") + 3));
        JsonObject link = (JsonObject) Deployed.json(Deployed.get("/api/v1/online-links/" + linkId, ADMIN, adminPassword()).body());
        return new Connected(linkId, link.getString("client_id"));
    }

    /** Goes through the connect page again for an existing link: {@code updateCredentials}, {@code reconnect}, {@code refreshAccounts}. */
    public static HttpResponse<String> renew(long linkId, String mode) {
        HttpResponse<String> asked = Deployed.postJson("/api/v1/online-links/connect",
                "{\"mode\":\"" + mode + "\",\"link_id\":" + linkId + "}", ADMIN, adminPassword());
        if (asked.statusCode() != 200) {
            throw new AssertionError("renew: " + asked.statusCode() + " " + asked.body());
        }
        URI connectPage = URI.create(((JsonObject) Deployed.json(asked.body())).getString("redirect_url"));
        Map<String, String> form = new LinkedHashMap<>(query(connectPage));
        form.put("username", "it-user");
        form.put("password", "it-password");
        form.put("consent", "yes");
        form.put("action", "allow");
        return Deployed.send(HttpRequest.newBuilder(consent(connectPage, form))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).GET().build());
    }

    /** Posts the sandbox's consent form; returns where the sandbox sends the browser (the module's callback). */
    public static URI consent(URI connectPage, Map<String, String> form) {
        String encoded = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        URI post = URI.create(connectPage.toString().substring(0, connectPage.toString().indexOf('?')));
        HttpResponse<String> answer = Deployed.send(HttpRequest.newBuilder(post)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
        if (answer.statusCode() != 303) {
            throw new AssertionError("sandbox consent: " + answer.statusCode() + " " + answer.body());
        }
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Asks for a fetch; returns the run's id (the run already going, if any). */
    public static long fetch(long linkId) {
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-links/" + linkId + "/fetch"))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 202) {
            throw new AssertionError("fetch: " + r.statusCode() + " " + r.body());
        }
        return ((JsonObject) Deployed.json(r.body())).getJsonNumber("run_id").longValue();
    }

    /** Waits until the run is done, failed or waiting; returns its last view. */
    public static JsonObject awaitRun(long runId) {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (true) {
            JsonObject run = run(runId);
            String state = run.getString("state");
            if (state.equals("done") || state.equals("failed") || state.equals("waiting")) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run " + runId + " still " + state);
            }
            sleep(200);
        }
    }

    /** Waits for the link's newest run (the connect's first fetch, say) to end or pause. */
    public static JsonObject awaitLastRun(long linkId) {
        return awaitRun(Deployed.number("select max(id) from sync_run where link_id = ?", linkId));
    }

    public static JsonObject run(long runId) {
        return (JsonObject) Deployed.json(Deployed.get("/api/v1/sync-runs/" + runId, ADMIN, adminPassword()).body());
    }

    /** Fetches and waits; the run of the connect flow is awaited first when it is still going. */
    public static JsonObject fetchAndWait(long linkId) {
        return awaitRun(fetch(linkId));
    }

    public static JsonObject link(long linkId) {
        return (JsonObject) Deployed.json(Deployed.get("/api/v1/online-links/" + linkId, ADMIN, adminPassword()).body());
    }

    /** The sandbox's view of a link: per account, balance and posted/pending identifiers. */
    public static JsonObject report(String clientId) {
        return (JsonObject) Deployed.json(Deployed.send(HttpRequest.newBuilder(
                Deployed.uri("/sandbox/control/links/" + clientId)).header("Authorization", admin()).GET().build()).body());
    }

    /** The sandbox's control API is the sync-admin's. */
    static String admin() {
        return Deployed.basic(Deployed.ADMIN, Deployed.adminPassword());
    }

    /** Calls a control operation of the sandbox on a link. */
    public static void control(String clientId, String operation, String jsonBody) {
        HttpResponse<String> r = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/sandbox/control/links/" + clientId + "/" + operation))
                .header("Content-Type", "application/json").header("Authorization", admin())
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "{}" : jsonBody)).build());
        if (r.statusCode() != 200) {
            throw new AssertionError("control " + operation + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** Sends a webhook signed as the proxy signs it, {@code skewSeconds} off the clock. */
    public static HttpResponse<String> webhook(SandboxFlow.Connected link, String body, long skewSeconds) throws SQLException {
        long ts = Instant.now().getEpochSecond() + skewSeconds;
        Secret[] tokens = SandboxFlow.tokens(link.linkId());
        return webhookWith(link, body, ts, ProxySignature.sign(ts, "/api/v1/online-sync/webhook", link.clientId(), tokens[1], tokens[0], body));
    }

    public static HttpResponse<String> webhookWith(SandboxFlow.Connected link, String body, long ts, String signature)
            throws SQLException {
        Secret[] tokens = SandboxFlow.tokens(link.linkId());
        return Deployed.send(HttpRequest.newBuilder(Deployed.uri("/api/v1/online-sync/webhook"))
                .header("Content-Type", "application/json").header(ProxySignature.CLIENT_ID, link.clientId())
                .header(ProxySignature.ACCESS_TOKEN, tokens[1].reveal()).header(ProxySignature.TIMESTAMP, String.valueOf(ts))
                .header(ProxySignature.SIGNATURE, signature).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The link's tokens in clear, opened with the keys the server has (arquillian.xml). */
    public static Secret[] tokens(long linkId) throws SQLException {
        TokenCipher cipher = serverCipher();
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                "select refresh_token_sealed, access_token_sealed from online_link where id = ?")) {
            ps.setLong(1, linkId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Secret[] {cipher.open(rs.getString(1), OnlineLink.refreshTokenPlace(linkId)).secret(),
                        cipher.open(rs.getString(2), OnlineLink.accessTokenPlace(linkId)).secret()};
            }
        }
    }

    /** @return the server's token keys, the current one first */
    public static List<byte[]> serverKeys() {
        return Arrays.stream(System.getProperty("it.secret.keys").split(",")).map(Base64.getDecoder()::decode).toList();
    }

    /** A cipher with the server's keys. */
    public static TokenCipher serverCipher() {
        return new TokenCipher(serverKeys());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
