package erp.onlinesync.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a cookie jar that follows redirects and signs in through the JSF
 * login form, for tests that must prove the page flow without Chromium.
 */
public final class FormSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** @return the session cookie's value, or null before the server opened a session */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Signs in and returns the page the login led to (the dashboard, or the login page with its error). */
    public HttpResponse<String> signIn(String user, String password) {
        HttpResponse<String> login = get("/login.xhtml");
        Matcher m = VIEW_STATE.matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        Map<String, String> form = Map.of("login", "login", "login:userName", user, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", m.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(Deployed.uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Submits a JSF form as a full (non-Ajax) postback: the page's view state, the form's marker and the
     * given fields (a button's client id with an empty value presses it).
     *
     * @param page the page the form was last rendered in
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        if (!state.find() || !action.find()) {
            throw new IllegalStateException("no form " + formId + " with a view state on " + page.uri());
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", state.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String pathInContext) {
        return send(HttpRequest.newBuilder(Deployed.uri(pathInContext)).GET().build());
    }

    /** A POST with the session's cookie, no body, and the given headers (name, value, alternately). */
    public HttpResponse<String> post(String pathInContext, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Deployed.uri(pathInContext)).POST(HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
