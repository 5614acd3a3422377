package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.interfaces.rest.ApiApplication;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two companies on the deployed WAR: a user granted only the seeded one cannot list, read, fetch, change or
 * export the other's links, journals, accounts, lines, runs or chatter through any API call or page, neither by
 * naming its ids nor by naming the company in {@code X-Company}; and a user granted both switches to the other
 * one in the menu bar.
 * <p>
 * The other company and its data are written with plain SQL, ids from {@value #OTHER} (the H2 file is shared
 * with the other IT classes). The walk covers every operation of {@link ApiApplication}, read from its resource
 * classes: a new operation fails {@link #theWalkCoversEveryOperationOfTheApi} until it is walked or named
 * installation-wide here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompaniesIT {

    private static final String API = "/api/v1";
    private static final long OTHER = 2_000_000;
    private static final long JOURNAL = OTHER + 1;
    private static final long LINK = OTHER + 2;
    private static final long ACCOUNT = OTHER + 3;
    private static final long STATEMENT = OTHER + 4;
    private static final long LINE = OTHER + 10;
    private static final long RUN = OTHER + 20;
    private static final long MESSAGE = OTHER + 30;
    private static final long PENDING = OTHER + 40;
    /** A link and account of the seeded company, the user's own. */
    private static final long OWN_LINK = OTHER + 102;
    private static final long OWN_ACCOUNT = OTHER + 103;
    private static final String OTHER_NAME = "Other Company IT";
    private static final String JOURNAL_NAME = "Other Journal IT";
    private static final String LINK_NAME = "Other Link IT";
    private static final String LINE_REF = "other-company-line";
    private static final String ACCOUNT_NUMBER = "BE00 2000 0000 0003";
    /** What no page or answer of the user granted only the seeded company may contain. */
    private static final List<String> SECRETS_OF_OTHER = List.of(OTHER_NAME, JOURNAL_NAME, LINK_NAME, LINE_REF, ACCOUNT_NUMBER,
            "OTH9");
    private static final String ONE = "it-co-one";
    private static final String BOTH = "it-co-both";
    private static final String NONE = "it-co-none";
    private static final String PASSWORD = "it-companies-password-1";
    private static final String CSV = "Date;Label;Partner;Amount\n03/11/2026;Coffee;ACME;-4,20\n";
    private static final String CSV_MAPPING = "{\"delimiter\": \";\", \"decimal_separator\": \",\", \"date_format\":"
            + " \"dd/MM/yyyy\", \"date\": 0, \"label\": 1, \"partner\": 2, \"amount\": 3}";

    /**
     * Operations that act for the installation rather than in a company, and why; every other operation is walked.
     */
    private static final Map<String, String> INSTALLATION_WIDE = Map.of(
            "GET /v1/institutions", "the proxy's catalogue of banks: no company's data",
            "POST /v1/admin/neutralize", "a copied database as a whole is cut off its banks (not called: it would cut every link)",
            "POST /v1/admin/consent-reminders", "sends what the daily timer sends, for every company",
            "POST /v1/online-sync/webhook", "the proxy's signed call, no user",
            "POST /v1/me/password", "the caller's own password",
            "GET /v1/users", "the people who may sign in are the installation's",
            "GET /v1/module/messages", "the module's own chatter: sign-in locks and user changes of the installation",
            "GET /v1/module/messages/verify", "the chain of the module's own chatter");

    private static boolean planted;
    private static long preview;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    /** The other company leaves with this class: the IT classes after it share the database and the admin. */
    @AfterAll
    static void forgetTheOtherCompany() {
        forget();
    }

    @Test
    void theWalkCoversEveryOperationOfTheApi() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : new ApiApplication().getClasses()) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : resource.getMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    operations.add(verb + " /" + base.value() + (sub == null ? "" : "/" + sub.value()));
                }
            }
        }
        Set<String> covered = new TreeSet<>(walk().keySet());
        covered.addAll(INSTALLATION_WIDE.keySet());
        assertEquals(operations, covered, "every operation is walked with the other company's ids or named installation-wide");
    }

    /** By the other company's ids: each answer like an unknown id, each list without its objects, nothing changed. */
    @Test
    void aUserGrantedOneCompanyGetsNothingOfTheOtherThroughAnyCall() {
        plant();
        String before = state();
        for (Map.Entry<String, Function<String[], HttpResponse<String>>> call : walk().entrySet()) {
            HttpResponse<String> answer = call.getValue().apply(new String[0]);
            assertNothingOfTheOther(call.getKey(), answer);
            if (answer.statusCode() < 300) {
                assertTrue(Set.of("GET /v1/companies", "GET /v1/online-links", "GET /v1/journals").contains(call.getKey()),
                        call.getKey() + " answered " + answer.statusCode() + " " + answer.body());
            } else {
                // 400 only where the call names nothing of the other company (a MyPonto link without its secret)
                assertTrue(answer.statusCode() == 404 || answer.statusCode() == 403 || answer.statusCode() == 422
                        || answer.statusCode() == 400 && call.getKey().equals("POST /v1/online-links/ponto"),
                        call.getKey() + " answered " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(1L), ids(array(call("GET", API + "/companies", null, ONE))), "only the seeded company is listed");
        assertEquals(before, state(), "no run started, no line or preview written or confirmed, the link and account unchanged");
    }

    /** Naming the other company in X-Company: 403 company-not-granted for every call, a non-number 400. */
    @Test
    void aCompanyNotGrantedNamedInTheHeaderIsRefusedByEveryCall() {
        plant();
        String before = state();
        String[] other = {"X-Company", String.valueOf(OTHER)};
        for (Map.Entry<String, Function<String[], HttpResponse<String>>> call : walk().entrySet()) {
            HttpResponse<String> answer = call.getValue().apply(other);
            assertEquals(403, answer.statusCode(), call.getKey() + ": " + answer.body());
            assertTrue(answer.body().contains("company-not-granted"), call.getKey() + ": " + answer.body());
        }
        HttpResponse<String> malformed = call("GET", API + "/journals", null, ONE, "X-Company", "abc");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("X-Company"), malformed.body());
        assertEquals(before, state(), "nothing changed");
    }

    /** A user granted both sees each company's objects only in the company the call names. */
    @Test
    void aUserGrantedBothSeesEachCompanyOnlyInTheCompanyTheCallNames() {
        plant();
        assertEquals(List.of(1L, OTHER), ids(array(call("GET", API + "/companies", null, BOTH))));
        assertFalse(ids(array(call("GET", API + "/journals", null, BOTH))).contains(JOURNAL), "the first company by default");
        assertEquals(List.of(JOURNAL), ids(array(call("GET", API + "/journals", null, BOTH, "X-Company", String.valueOf(OTHER)))));
        assertTrue(ids(array(call("GET", API + "/online-links", null, BOTH, "X-Company", String.valueOf(OTHER)))).contains(LINK));
        assertEquals(404, call("GET", API + "/online-links/" + LINK, null, BOTH, "X-Company", "1").statusCode());
        assertEquals(200, call("GET", API + "/sync-runs/" + RUN, null, BOTH, "X-Company", String.valueOf(OTHER)).statusCode());
    }

    /** An admin grants only the companies they hold, and each change of a user's companies is in the module's chatter. */
    @Test
    void anAdminGrantsOnlyCompaniesTheyHoldAndTheChangeIsTold() {
        plant();
        HttpResponse<String> escalate = call("PATCH", API + "/users/" + ONE, "{\"companies\":[1," + OTHER + "]}", ONE);
        assertEquals(403, escalate.statusCode(), escalate.body());
        HttpResponse<String> unknown = call("PATCH", API + "/users/" + ONE, "{\"companies\":[987654321]}", ADMIN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        JsonObject changed = object(call("PATCH", API + "/users/" + BOTH, "{\"companies\":[" + OTHER + "]}", ADMIN));
        assertEquals(List.of(OTHER), changed.getJsonArray("companies").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList());
        assertEquals(1, Deployed.number("select count(*) from chatter_message where body = ?",
                "admin changed the companies of " + BOTH + " from [1, " + OTHER + "] to [" + OTHER + "]"));
        assertEquals(200, call("PATCH", API + "/users/" + BOTH, "{\"companies\":[1," + OTHER + "]}", ADMIN).statusCode());
    }

    /** A user granted no company: no company listed, every company call refused, the pages say why. */
    @Test
    void aUserGrantedNoCompanyIsRefusedByTheCallsAndPagesThatActInOne() {
        plant();
        createUser(NONE, "[]");
        assertEquals(List.of(), ids(array(call("GET", API + "/companies", null, NONE))));
        HttpResponse<String> refused = call("GET", API + "/journals", null, NONE);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("company-not-granted"), refused.body());
        FormSession session = new FormSession();
        session.signIn(NONE, PASSWORD);
        HttpResponse<String> page = session.get("/index.xhtml");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("granted no company"), page.body());
    }

    /** The pages, signed in with a session: the dashboard, the links, a link, a journal's lines, the wizards, the export. */
    @Test
    void thePagesShowNothingOfTheOtherCompany() {
        plant();
        FormSession session = new FormSession();
        session.signIn(ONE, PASSWORD);
        for (String page : List.of("/index.xhtml", "/online-links.xhtml", "/online-link.xhtml?id=" + LINK,
                "/journal-lines.xhtml?id=" + JOURNAL, "/find-duplicates.xhtml?journal=" + JOURNAL,
                "/find-missing.xhtml?journal=" + JOURNAL, "/journal-import.xhtml?id=" + JOURNAL,
                "/connect-bank.xhtml?link=" + LINK)) {
            HttpResponse<String> shown = session.get(page);
            assertEquals(200, shown.statusCode(), page);
            for (String secret : SECRETS_OF_OTHER) {
                assertFalse(shown.body().contains(secret), page + " shows " + secret);
            }
        }
        assertEquals(404, session.get(API + "/online-links/" + LINK + "/messages/export?format=csv").statusCode(),
                "the link page's export button");
    }

    /** The menu bar's switcher, clicked: the dashboard then shows the other company's journal, and the API in that session too. */
    @Test
    void aUserGrantedBothSwitchesCompanyInTheMenuBar() {
        plant();
        try (Browser browser = Browser.open()) {
            browser.go("/index.xhtml");
            browser.signIn(BOTH, PASSWORD);
            browser.waitFor(By.id("menuForm:company"));
            assertFalse(browser.driver().getPageSource().contains(JOURNAL_NAME), "the first company's dashboard");
            UiSteps.choose(browser, "menuForm:company", OTHER_NAME, d -> d.getPageSource().contains(JOURNAL_NAME));
            browser.screenshot("company-switched");
            assertFalse(browser.driver().getPageSource().contains("BNK1"), "the seeded company's journal is gone");
        }
    }

    /** Each call of the walk by its operation; the argument adds headers (name, value, alternately). */
    private static Map<String, Function<String[], HttpResponse<String>>> walk() {
        Map<String, Function<String[], HttpResponse<String>>> walk = new LinkedHashMap<>();
        String link = API + "/online-links/" + LINK;
        String journal = API + "/journals/" + JOURNAL;
        walk.put("GET /v1/companies", h -> call("GET", API + "/companies", null, ONE, h));
        walk.put("POST /v1/online-links/connect", h -> call("POST", API + "/online-links/connect",
                "{\"institution_id\": null, \"mode\": \"reconnect\", \"link_id\": " + LINK + "}", ONE, h));
        walk.put("GET /v1/online-links", h -> call("GET", API + "/online-links", null, ONE, h));
        walk.put("GET /v1/online-links/{id}", h -> call("GET", link, null, ONE, h));
        walk.put("PATCH /v1/online-links/{id}", h -> call("PATCH", link, "{\"auto_sync\": true}", ONE, h));
        walk.put("DELETE /v1/online-links/{id}", h -> call("DELETE", link, null, ONE, h));
        walk.put("POST /v1/online-links/{id}/accounts/refresh", h -> call("POST", link + "/accounts/refresh", "", ONE, h));
        walk.put("POST /v1/online-links/{id}/fetch", h -> call("POST", link + "/fetch", "", ONE, h));
        walk.put("GET /v1/online-links/{id}/runs", h -> call("GET", link + "/runs", null, ONE, h));
        walk.put("GET /v1/online-links/{id}/messages", h -> call("GET", link + "/messages", null, ONE, h));
        walk.put("GET /v1/online-links/{id}/messages/verify", h -> call("GET", link + "/messages/verify", null, ONE, h));
        walk.put("GET /v1/online-links/{id}/messages/export", h -> call("GET", link + "/messages/export?format=csv", null, ONE, h));
        walk.put("POST /v1/online-links/ponto", h -> call("POST", API + "/online-links/ponto",
                "{\"name\": \"Walk\", \"client_id\": \"walk-client\", \"client_secret\": \"\"}", ONE, h));
        walk.put("GET /v1/sync-runs/{id}", h -> call("GET", API + "/sync-runs/" + RUN, null, ONE, h));
        walk.put("PUT /v1/online-accounts/{id}/journal", h -> {
            // the other's account, and the user's own account to the other's journal
            HttpResponse<String> other = call("PUT", API + "/online-accounts/" + ACCOUNT + "/journal", "{\"journal_id\": null}", ONE, h);
            HttpResponse<String> own = call("PUT", API + "/online-accounts/" + OWN_ACCOUNT + "/journal",
                    "{\"journal_id\": " + JOURNAL + "}", ONE, h);
            assertEquals(other.statusCode() == 403 ? 403 : 422, own.statusCode(), own.body());
            return other;
        });
        walk.put("GET /v1/online-accounts/{id}/pending", h -> call("GET", API + "/online-accounts/" + ACCOUNT + "/pending", null, ONE, h));
        walk.put("GET /v1/journals", h -> call("GET", API + "/journals", null, ONE, h));
        walk.put("GET /v1/journals/{id}/statement-lines", h -> call("GET", journal + "/statement-lines", null, ONE, h));
        walk.put("POST /v1/journals/{id}/duplicates", h -> call("POST", journal + "/duplicates", "{\"from_date\": \"2026-01-01\"}", ONE, h));
        walk.put("POST /v1/journals/{id}/missing", h -> call("POST", journal + "/missing",
                "{\"from_date\": \"" + LocalDate.now().minusDays(10) + "\"}", ONE, h));
        walk.put("GET /v1/journals/{id}/messages", h -> call("GET", journal + "/messages", null, ONE, h));
        walk.put("GET /v1/journals/{id}/messages/verify", h -> call("GET", journal + "/messages/verify", null, ONE, h));
        walk.put("POST /v1/journals/{id}/imports", h -> upload(JOURNAL, ONE, h));
        walk.put("POST /v1/journals/{id}/imports/{import_id}/confirm",
                h -> call("POST", journal + "/imports/" + preview + "/confirm", "", ONE, h));
        walk.put("POST /v1/users", h -> call("POST", API + "/users", "{\"name\": \"it-co-new\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"auditor\"], \"companies\": [" + OTHER + "]}", ONE, h));
        walk.put("PATCH /v1/users/{name}", h -> call("PATCH", API + "/users/" + ONE, "{\"companies\": [1, " + OTHER + "]}", ONE, h));
        return walk;
    }

    private static void assertNothingOfTheOther(String operation, HttpResponse<String> answer) {
        for (String secret : SECRETS_OF_OTHER) {
            assertFalse(answer.body().contains(secret), operation + " tells " + secret + ": " + answer.body());
        }
        for (long id : List.of(JOURNAL, LINK, ACCOUNT, LINE, RUN, MESSAGE)) {
            assertFalse(answer.body().contains("\"id\":" + id), operation + " lists " + id + ": " + answer.body());
        }
    }

    /** What the walk must leave as it was: runs, lines, previews, connect requests, the link's and account's settings. */
    private static String state() {
        return Deployed.rows("select (select count(*) from sync_run where link_id = ?), (select count(*) from statement_line"
                + " where journal_id = ?), (select count(*) from file_import where journal_id = ? and confirmed_at is null),"
                + " (select count(*) from file_import where journal_id = ?), (select count(*) from connect_state where link_id = ?),"
                + " (select count(*) from chatter_message where record_id = ?), (select count(*) from journal where company_id = ?),"
                + " (select count(*) from module_user_company where company_id = ?)", LINK, JOURNAL, JOURNAL, JOURNAL, LINK, LINK,
                OTHER, OTHER)
                + Deployed.rows("select state, auto_sync, client_id from online_link where id = ?", LINK)
                + Deployed.rows("select journal_id from online_account where id in (?, ?) order by id", ACCOUNT, OWN_ACCOUNT);
    }

    // --- the other company, written as the host ERP and the engine would leave it

    private static synchronized void plant() {
        if (planted) {
            return;
        }
        forget();
        Deployed.execute("insert into company (id, name, currency_code, lock_date, version) values (?, ?, 'EUR', null, 0)",
                OTHER, OTHER_NAME);
        Deployed.execute("insert into journal (id, company_id, name, code, currency_code, bank_account_number,"
                + " bank_statement_source, version) values (?, ?, ?, 'OTH9', 'EUR', ?, 'ONLINE_SYNC', 0)", JOURNAL, OTHER,
                JOURNAL_NAME, ACCOUNT_NUMBER);
        link(LINK, OTHER, LINK_NAME);
        link(OWN_LINK, 1, "Own Link IT");
        Deployed.execute("insert into online_account (id, link_id, online_identifier, name, account_number, currency_code,"
                + " fetching_status, journal_id, version) values (?, ?, 'other-acc', ?, ?, 'EUR', 'IDLE', ?, 0)", ACCOUNT, LINK,
                LINK_NAME, ACCOUNT_NUMBER, JOURNAL);
        Deployed.execute("insert into online_account (id, link_id, online_identifier, currency_code, fetching_status, version)"
                + " values (?, ?, 'own-acc', 'EUR', 'IDLE', 0)", OWN_ACCOUNT, OWN_LINK);
        Deployed.execute("insert into bank_statement (id, journal_id, name, date, period_start, period_end, balance_start,"
                + " balance_end, complete, version) values (?, ?, 'OTH9 2026-01', ?, ?, ?, 0, 0, true, 0)", STATEMENT, JOURNAL,
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        for (int i = 0; i < 3; i++) {
            // alike but for their identifiers: Find Duplicates would list them
            Deployed.execute("insert into statement_line (id, statement_id, journal_id, date, payment_ref, amount, currency_code,"
                    + " reconciled, online_transaction_identifier, online_account_id, online_link_id, version)"
                    + " values (?, ?, ?, ?, ?, 10, 'EUR', false, ?, ?, ?, 0)", LINE + i, STATEMENT, JOURNAL,
                    LocalDate.of(2026, 1, 10), LINE_REF, "other-tx-" + i, ACCOUNT, LINK);
        }
        Deployed.execute("insert into sync_run (id, link_id, state, run_trigger, started_at, ended_at, imported, version)"
                + " values (?, ?, 'DONE', 'MANUAL', ?, ?, 3, 0)", RUN, LINK, OffsetDateTime.of(2026, 1, 10, 8, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 10, 8, 1, 0, 0, ZoneOffset.UTC));
        if (Deployed.number("select count(*) from chatter_message where id = ?", MESSAGE) == 0) {
            // kept by forget(): the chatter is append-only (PostgreSQL refuses a delete)
            Deployed.execute("insert into chatter_message (id, record_type, record_id, author, created_at, kind, body)"
                    + " values (?, 'online_link', ?, 'it-author', ?, 'NOTE', ?)", MESSAGE, LINK,
                    OffsetDateTime.of(2026, 1, 10, 8, 0, 0, 0, ZoneOffset.UTC), "Chatter of " + LINK_NAME);
        }
        Deployed.execute("insert into pending_transaction (id, online_account_id, online_transaction_identifier, date,"
                + " payment_ref, amount, currency_code) values (?, ?, 'other-pending', ?, ?, 5, 'EUR')", PENDING, ACCOUNT,
                LocalDate.of(2026, 1, 11), LINE_REF);
        // the admin holds both companies, so that it may grant both
        Deployed.execute("insert into module_user_company (user_name, company_id) values (?, ?)", ADMIN, OTHER);
        createUser(ONE, "[1]");
        createUser(BOTH, "[1, " + OTHER + "]");
        HttpResponse<String> made = upload(JOURNAL, BOTH, "X-Company", String.valueOf(OTHER));
        assertEquals(200, made.statusCode(), made.body());
        preview = object(made).getJsonNumber("id").longValue();
        planted = true;
    }

    /**
     * Removes what an earlier run of this class planted in the shared database; users stay (their companies are set
     * again), and so does the chatter message, as the chatter is append-only.
     */
    private static void forget() {
        Deployed.execute("delete from module_user_company where company_id = ?", OTHER);
        Deployed.execute("delete from file_import where journal_id = ?", JOURNAL);
        Deployed.execute("delete from journal_csv_mapping where journal_id = ?", JOURNAL);
        Deployed.execute("delete from pending_transaction where online_account_id in (?, ?)", ACCOUNT, OWN_ACCOUNT);
        Deployed.execute("delete from connect_state where company_id = ? or link_id in (?, ?)", OTHER, LINK, OWN_LINK);
        Deployed.execute("delete from sync_run where link_id in (?, ?)", LINK, OWN_LINK);
        Deployed.execute("delete from statement_line where journal_id = ?", JOURNAL);
        Deployed.execute("delete from bank_statement where journal_id = ?", JOURNAL);
        Deployed.execute("delete from online_account where link_id in (?, ?)", LINK, OWN_LINK);
        Deployed.execute("delete from journal where company_id = ?", OTHER);
        Deployed.execute("delete from online_link where id in (?, ?)", LINK, OWN_LINK);
        Deployed.execute("delete from company where id = ?", OTHER);
    }

    private static void link(long id, long company, String name) {
        Deployed.execute("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, version)"
                + " values (?, ?, ?, 'CONNECTED', false, 'MONTH', 0)", id, company, name);
    }

    /** A sync-admin, so that every call passes its role check and meets the company check. */
    private static void createUser(String name, String companies) {
        HttpResponse<String> r = call("POST", API + "/users", "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"sync-admin\"], \"companies\": " + companies + "}", ADMIN);
        if (r.statusCode() == 409) {
            r = call("PATCH", API + "/users/" + name, "{\"companies\": " + companies + "}", ADMIN);
        }
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
    }

    // --- calls and their answers

    private static HttpResponse<String> upload(long journal, String user, String... headers) {
        String boundary = "----it-companies-boundary";
        String body = part(boundary, "file\"; filename=\"statement.csv", CSV) + part(boundary, "format", "csv")
                + part(boundary, "mapping", CSV_MAPPING) + "--" + boundary + "--\r\n";
        List<String> all = new ArrayList<>(List.of("Content-Type", "multipart/form-data; boundary=" + boundary));
        all.addAll(List.of(headers));
        return send("POST", API + "/journals/" + journal + "/imports", body, user, all.toArray(String[]::new));
    }

    private static String part(String boundary, String name, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + content + "\r\n";
    }

    /** A call with HTTP Basic as the user, a JSON body when given, and extra headers (name, value, alternately). */
    private static HttpResponse<String> call(String method, String path, String json, String user, String... headers) {
        List<String> all = new ArrayList<>();
        if (json != null) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        all.addAll(List.of(headers));
        return send(method, path, json, user, all.toArray(String[]::new));
    }

    private static HttpResponse<String> send(String method, String path, String body, String user, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Deployed.uri(path))
                .header("Authorization", Deployed.basic(user, ADMIN.equals(user) ? adminPassword() : PASSWORD))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Deployed.send(request.build());
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)) {
            if (m.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static JsonObject object(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return (JsonObject) Deployed.json(r.body());
    }

    private static JsonArray array(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return (JsonArray) Deployed.json(r.body());
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
