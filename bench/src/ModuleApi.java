package bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The module's REST API and login page, as an integrator's client calls them (Basic, or the login session). */
final class ModuleApi {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final String basic;
    private final String user;
    private final String password;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** @param base the context root, e.g. {@code http://localhost:18290/onlinesync} */
    ModuleApi(String base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in through the login page: later calls without Basic carry the session cookie. */
    void login() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET(), false);
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page: HTTP " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:userName", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(form))),
                false);
        if (done.statusCode() != 302 && done.statusCode() != 303) {
            throw new IllegalStateException("login refused: HTTP " + done.statusCode());
        }
    }

    /** Connects Big Bank through the API (the flow SandboxFlow drives in the ITs); @return the link id */
    long connectBigBank() throws IOException, InterruptedException {
        JsonObject started = json(send(post("/api/v1/online-links/connect",
                "{\"institution_id\":\"big_bank\",\"mode\":\"link\",\"start_date\":null}"), true));
        URI redirect = URI.create(started.getString("redirect_url"));
        Map<String, String> form = query(redirect.getRawQuery());
        form.put("seed", "b16ba4c0");
        form.put("username", "bench");
        form.put("password", "bench");
        form.put("consent", "yes");
        form.put("action", "allow");
        URI connectPage = URI.create(redirect.toString().substring(0, redirect.toString().indexOf('?')));
        HttpResponse<String> consent = send(HttpRequest.newBuilder(connectPage)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(form))),
                false);
        String callback = consent.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "the sandbox's connect page did not redirect: HTTP " + consent.statusCode() + " " + consent.body()));
        HttpResponse<String> linked = send(HttpRequest.newBuilder(URI.create(callback)).GET(), true);
        String linkPage = linked.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "the callback did not redirect: HTTP " + linked.statusCode()));
        return Long.parseLong(linkPage.substring(linkPage.indexOf("id=") + 3));
    }

    /** @return the run of the link, the one its connect started when it still runs */
    long fetch(long linkId) throws IOException, InterruptedException {
        return json(send(post("/api/v1/online-links/" + linkId + "/fetch", ""), true)).getJsonNumber("run_id").longValue();
    }

    /** @return the run once it ended */
    JsonObject awaitRun(long runId, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject run = json(get("/api/v1/sync-runs/" + runId, true));
            String state = run.getString("state");
            if (state.equals("done") || state.equals("failed")) {
                return run;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("run " + runId + " did not end within " + timeout);
    }

    JsonObject link(long linkId) throws IOException, InterruptedException {
        return json(get("/api/v1/online-links/" + linkId, true));
    }

    /** @param withBasic false: the session of {@link #login} */
    HttpResponse<String> get(String path, boolean withBasic) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), withBasic);
    }

    static JsonObject json(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-Requested-By", "bench").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean withBasic) throws IOException, InterruptedException {
        if (withBasic) {
            request.header("Authorization", basic);
        }
        return client.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String form(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
