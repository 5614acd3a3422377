package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import erp.onlinesync.infrastructure.bankfile.BankFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's reading and configuring calls on the deployed WAR: statement lines by page, duplicate
 * groups, links, a link's chatter and runs in slices, journals' book balances, pending transactions, link settings with their tracking, account to
 * journal mapping, disconnection of a link that never reached the proxy, and the error answers.
 * <p>
 * Data is written with plain SQL, each test with its own ids above 1,000,000 (far above what the
 * sequences hand out in a fresh database), so tests do not see each other's rows. Calls that need a
 * proxy (institutions, account refresh and disconnection of a connected link) are left to the
 * engine's tests, but their refusals that come before any proxy call are checked here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiReadIT {

    private static final String API = "/api/v1";
    private static final long COMPANY = 1;
    static final String OPENAPI_FILE = "target/openapi/openapi.yaml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    /**
     * The served OpenAPI document holds the module's operations only, each with its own id, and is written to
     * {@value #OPENAPI_FILE} for {@code .ci/run}, which lints it with Redocly CLI.
     */
    @Test
    void theServedOpenApiDocumentIsTheModulesOwnAndIsSavedForTheLint() throws IOException {
        HttpResponse<String> served = Deployed.send(HttpRequest.newBuilder(Deployed.uri("/").resolve("/openapi")).build());
        assertEquals(200, served.statusCode());
        String document = served.body();
        Path file = Path.of(OPENAPI_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, document);
        assertFalse(document.contains("/sandbox/"), "the sandbox stands in for the proxy: not part of the module's API");
        List<String> ids = Pattern.compile("operationId: (\\S+)").matcher(document).results().map(m -> m.group(1)).toList();
        assertTrue(ids.containsAll(List.of("updateLink", "listStatementLines", "mapAccountToJournal")), ids.toString());
        assertEquals(ids.size(), Set.copyOf(ids).size(), "each operationId once: " + ids);
        assertTrue(document.contains("auto_sync") && document.contains("ApiError") && document.contains("scheme: basic"), document);
        assertFalse(document.contains("autoSync") || document.contains("new_rows"), "properties named as the JSON has them");
    }

    /** Each refusal names what is wrong: an unknown field, a value of the wrong type, a missing field, a bad parameter. */
    @Test
    void badBodiesAndParametersGet400NamingTheFieldBeforeAnyLookUp() {
        long unknown = 987_654_321L;
        assertNamed(patch(API + "/online-links/" + unknown, "{\"auto_sync\":true,\"colour\":\"red\"}"), "colour");
        assertNamed(patch(API + "/online-links/" + unknown, "{\"auto_sync\":\"yes\"}"), "auto_sync");
        assertNamed(post(API + "/online-links/connect", "{\"institution_id\":\"sandbox_bank\",\"colour\":1}"), "colour");
        assertNamed(post(API + "/online-links/connect", "{\"institution_id\":\"sandbox_bank\",\"link_id\":\"7\"}"), "link_id");
        assertNamed(put(API + "/online-accounts/" + unknown + "/journal", "{}"), "journal_id");
        assertNamed(post(API + "/journals/" + unknown + "/duplicates", "{}"), "from_date");
        assertNamed(get(API + "/journals/" + unknown + "/statement-lines?page=abc"), "page");
    }

    private static void assertNamed(HttpResponse<String> refused, String field) {
        String message = assertError(refused, 400, "invalid-field").getString("message");
        assertTrue(message.contains(field), message);
    }

    @Test
    void statementLinesComeByPageOrderedByDateThenIdAndFilteredByDate() throws SQLException {
        long journal = 1_001_000;
        journal(journal, "IT01", "EUR");
        long statement = journal + 1;
        sql("insert into bank_statement (id, journal_id, name, date, period_start, period_end, balance_start, balance_end,"
                + " complete, version) values (?, ?, 'IT01 2026-01', ?, ?, ?, 0, 0, false, 0)",
                statement, journal, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        // 25 lines over 5 days; ids run against the dates so that the order by date then id shows
        for (int i = 0; i < 25; i++) {
            line(journal + 100 + i, journal, LocalDate.of(2026, 1, 5).minusDays(i % 5), new BigDecimal("12.5"), null, null, null);
        }
        sql("update statement_line set statement_id = ? where id = ?", statement, journal + 100);

        JsonObject first = object(get(API + "/journals/" + journal + "/statement-lines?size=10"), 200);
        assertEquals(25, first.getInt("total"));
        assertTrue(first.getBoolean("total_exact"), "exact up to 10,000 lines");
        assertTrue(first.getBoolean("has_next"));
        assertEquals(0, first.getInt("page"));
        assertEquals(10, first.getInt("size"));
        JsonArray items = first.getJsonArray("items");
        assertEquals(10, items.size());
        assertEquals(LocalDate.of(2026, 1, 1).toString(), items.getJsonObject(0).getString("date"));
        assertEquals(journal + 104, items.getJsonObject(0).getJsonNumber("id").longValue(), "earliest date first");
        assertEquals(journal + 109, items.getJsonObject(1).getJsonNumber("id").longValue(), "then by id");
        JsonObject line = items.getJsonObject(0);
        assertEquals("12.50", line.getString("amount"), "a decimal string with the currency's decimals");
        assertEquals("EUR", line.getString("currency_code"));
        assertEquals(journal, line.getJsonNumber("journal_id").longValue());
        assertEquals(List.of("account_number", "amount", "amount_currency", "currency_code", "date",
                "foreign_currency_code", "id", "journal_id", "online_transaction_identifier", "partner_name",
                "payment_ref", "reconciled", "statement_id"), line.keySet().stream().sorted().toList());

        JsonObject last = object(get(API + "/journals/" + journal + "/statement-lines?size=10&page=2"), 200);
        assertEquals(5, last.getJsonArray("items").size());
        assertFalse(last.getBoolean("has_next"));
        JsonObject newest = object(get(API + "/journals/" + journal + "/statement-lines?size=10&order=desc"), 200);
        assertEquals(journal + 120, newest.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue(),
                "newest first: the latest day, its highest id first");
        JsonObject lastLine = last.getJsonArray("items").getJsonObject(0);
        assertEquals(journal + 100, lastLine.getJsonNumber("id").longValue(), "the latest day's lowest id");
        assertEquals(statement, lastLine.getJsonNumber("statement_id").longValue());
        assertEquals(100, object(get(API + "/journals/" + journal + "/statement-lines"), 200).getInt("size"), "default size");

        JsonObject twoDays = object(get(API + "/journals/" + journal + "/statement-lines?from=2026-01-02&to=2026-01-03"), 200);
        assertEquals(10, twoDays.getInt("total"), "both bounds inclusive");
        assertTrue(twoDays.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(o -> o.getString("date").compareTo("2026-01-02") >= 0 && o.getString("date").compareTo("2026-01-03") <= 0));
        assertEquals(0, object(get(API + "/journals/" + journal + "/statement-lines?page=9"), 200).getJsonArray("items").size());
    }

    /**
     * Pages start at the day of their first line (on PostgreSQL, from the lines per day its triggers
     * keep): every page, both orders, with and without dates, is the one the plain offset gives, also
     * after lines were inserted, deleted and moved to another day by SQL, as a DBA's script would.
     */
    @Test
    void everyPageIsThePlainOffsetsPageAfterLinesComeGoAndMove() throws SQLException {
        long journal = 1_018_000;
        journal(journal, "IT18", "EUR");
        LocalDate day = LocalDate.of(2026, 2, 1);
        try (Connection c = Deployed.database(); PreparedStatement p = c.prepareStatement("insert into statement_line (id,"
                + " journal_id, date, amount, currency_code, reconciled, version) values (?, ?, ?, 1, 'EUR', false, 0)")) {
            for (int i = 0; i < 620; i++) {
                p.setLong(1, journal + 1000 + i);
                p.setLong(2, journal);
                p.setObject(3, day.plusDays((i * 7 + i / 40) % 12));  // 12 days of 40 to 64 lines, ids across the days
                p.addBatch();
            }
            p.executeBatch();
        }
        assertPagesAsThePlainOffset(journal, "all 620 lines");
        sql("delete from statement_line where journal_id = ? and date = ? and id < ?", journal, day.plusDays(3), journal + 1300);
        sql("update statement_line set date = ? where journal_id = ? and date = ? and id > ?", day.plusDays(20), journal,
                day.plusDays(5), journal + 1400);
        sql("delete from statement_line where id = ?", journal + 1001);
        sql("insert into statement_line (id, journal_id, date, amount, currency_code, reconciled, version) values"
                + " (?, ?, ?, 1, 'EUR', false, 0)", journal + 5000, journal, day.minusDays(1));
        assertPagesAsThePlainOffset(journal, "after a delete, a move and an insert");
        if ("postgres".equals(System.getProperty("it.db"))) {
            assertEquals(0, count("select count(*) from (select journal_id, date, count(*) as n from statement_line"
                    + " where journal_id = ? group by journal_id, date) l full join (select * from journal_day_lines"
                    + " where journal_id = ?) d on d.journal_id = l.journal_id and d.date = l.date"
                    + " where d.lines is distinct from l.n", journal, journal), "the triggers' count is each day's");
        }
    }

    private static void assertPagesAsThePlainOffset(long journal, String when) throws SQLException {
        String[][] windows = {{null, null}, {"2026-02-03", "2026-02-09"}, {"2026-02-05", null}, {null, "2026-02-02"}};
        for (String[] window : windows) {
            String dates = (window[0] == null ? "" : " and date >= '" + window[0] + "'") + (window[1] == null ? "" : " and date <= '" + window[1] + "'");
            long total = count("select count(*) from statement_line where journal_id = ?" + dates, journal);
            for (String order : new String[] {"asc", "desc"}) {
                for (int page : new int[] {0, 1, 4, 7, (int) (total / 50), 30}) {
                    String query = "?size=50&page=" + page + "&order=" + order + (window[0] == null ? "" : "&from=" + window[0])
                            + (window[1] == null ? "" : "&to=" + window[1]);
                    JsonObject answer = object(get(API + "/journals/" + journal + "/statement-lines" + query), 200);
                    List<Long> expected = lineIds("select id from statement_line where journal_id = ?" + dates + " order by date "
                            + order + ", id " + order + " limit 50 offset " + page * 50, journal);
                    List<Long> served = answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .map(o -> o.getJsonNumber("id").longValue()).toList();
                    assertEquals(expected, served, when + ": " + query);
                    assertEquals(total, answer.getJsonNumber("total").longValue(), when + ": " + query);
                    assertTrue(answer.getBoolean("total_exact"), query);
                    assertEquals((page + 1) * 50L < total, answer.getBoolean("has_next"), when + ": " + query);
                }
            }
        }
    }

    @Test
    void badPagingParametersGet400AndAnUnknownJournal404() throws SQLException {
        long journal = 1_002_000;
        journal(journal, "IT02", "EUR");
        String lines = API + "/journals/" + journal + "/statement-lines";
        for (String query : new String[] {"?size=0", "?size=1001", "?page=-1", "?page=abc", "?from=2026-13-01",
                "?to=yesterday", "?from=2026-02-02&to=2026-02-01", "?order=sideways"}) {
            assertError(get(lines + query), 400, "invalid-field");
        }
        assertError(get(API + "/journals/987654321/statement-lines"), 404, "not-found");
    }

    @Test
    void duplicatesAreGroupedByOnlineIdAndByDateAmountAndAccount() throws SQLException {
        long base = 1_003_000;
        long journal = base;
        journal(journal, "IT03", "EUR");
        long link = base + 1;
        link(link, "IT duplicates");
        long accountA = base + 10;
        long accountB = base + 11;
        account(accountA, link, "dup-a", "EUR", journal);
        account(accountB, link, "dup-b", "EUR", null);
        LocalDate day = LocalDate.of(2026, 2, 10);
        line(base + 100, journal, day, new BigDecimal("-20"), accountA, "tx-1", null);
        line(base + 101, journal, day.plusDays(1), new BigDecimal("-21"), accountB, "tx-1", null);
        line(base + 102, journal, day, new BigDecimal("5.5"), accountA, "tx-2", null);
        line(base + 103, journal, day, new BigDecimal("5.50"), accountA, "tx-3", null);
        line(base + 104, journal, day, new BigDecimal("5.5"), accountB, "tx-4", null);
        line(base + 105, journal, day, new BigDecimal("7"), null, null, "BE68 5390 0754 7034");
        line(base + 106, journal, day, new BigDecimal("7"), null, null, "BE68539007547034");
        line(base + 107, journal, day, new BigDecimal("7"), null, null, null);
        line(base + 108, journal, day.minusMonths(1), new BigDecimal("5.5"), accountA, "tx-0", null);

        JsonArray groups = array(post(API + "/journals/" + journal + "/duplicates", "{\"from_date\":\"2026-02-01\"}"), 200);
        assertEquals(3, groups.size(), groups.toString());
        assertGroup(groups.getJsonObject(0), "same-online-id", base + 100, base + 101);
        assertGroup(groups.getJsonObject(1), "same-date-amount", base + 102, base + 103);
        assertGroup(groups.getJsonObject(2), "same-date-amount", base + 105, base + 106);
        assertEquals("5.50", groups.getJsonObject(1).getJsonArray("lines").getJsonObject(0).getString("amount"));

        assertEquals(0, array(post(API + "/journals/" + journal + "/duplicates", "{\"from_date\":\"2026-02-12\"}"), 200).size(),
                "lines before the start date are left out");
        assertError(post(API + "/journals/" + journal + "/duplicates", "{\"from_date\":\"10/02/2026\"}"), 400, "invalid-field");
        assertError(post(API + "/journals/" + journal + "/duplicates", "{}"), 400, "invalid-field");
        assertError(post(API + "/journals/" + journal + "/duplicates", "{\"from_date\":\"2026-02-01\",\"x\":1}"), 400, "invalid-field");
        assertError(post(API + "/journals/" + journal + "/duplicates", "{\"from_date\""), 400, "invalid-body");
        assertError(post(API + "/journals/987654321/duplicates", "{\"from_date\":\"2026-02-01\"}"), 404, "not-found");
    }

    @Test
    void messagesComeOldestFirstAfterTheGivenId() throws SQLException {
        long link = 1_004_000;
        link(link, "IT chatter");
        long first = link + 1;
        message(first, link, "RUN", "Imported 3 transactions", null, null);
        message(first + 1, link, "ERROR", "The bank is unavailable", 200, "REF-42");
        message(first + 2, link, "TRACKING", "Synchronization settings changed", null, null);
        sql("insert into chatter_tracking (message_id, position, field, old_value, new_value) values (?, 0, 'auto_sync', 'true', 'false')",
                first + 2);
        message(1_004_900, 1_004_999, "NOTE", "another link's message", null, null);

        JsonArray all = array(get(API + "/online-links/" + link + "/messages"), 200);
        assertEquals(3, all.size());
        assertEquals(List.of(first, first + 1, first + 2), all.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList());
        JsonObject error = all.getJsonObject(1);
        assertEquals("error", error.getString("kind"));
        assertEquals(200, error.getInt("error_code"));
        assertEquals("REF-42", error.getString("error_reference"));
        assertEquals("it-author", error.getString("author"));
        assertNotNull(error.getString("created_at"));
        assertEquals(0, error.getJsonArray("tracking").size());
        JsonObject change = all.getJsonObject(2).getJsonArray("tracking").getJsonObject(0);
        assertEquals("auto_sync", change.getString("field"));
        assertEquals("true", change.getString("old"));
        assertEquals("false", change.getString("new"));
        assertTrue(all.getJsonObject(0).isNull("error_code"), "nulls are written");

        JsonArray after = array(get(API + "/online-links/" + link + "/messages?after=" + (first + 1)), 200);
        assertEquals(1, after.size());
        assertEquals(first + 2, after.getJsonObject(0).getJsonNumber("id").longValue());
        assertError(get(API + "/online-links/" + link + "/messages?after=-1"), 400, "invalid-field");
        assertError(get(API + "/online-links/" + link + "/messages?after=abc"), 400, "invalid-field");
        assertError(get(API + "/online-links/987654321/messages"), 404, "not-found");
    }

    @Test
    void pendingTransactionsAreListedByDateThenIdentifier() throws SQLException {
        long base = 1_005_000;
        long link = base + 1;
        link(link, "IT pending");
        long account = base + 10;
        account(account, link, "pend-a", "EUR", 1L);
        pending(base + 100, account, "p-2", LocalDate.of(2026, 3, 2), new BigDecimal("-4.2"));
        pending(base + 101, account, "p-9", LocalDate.of(2026, 3, 1), new BigDecimal("100"));
        pending(base + 102, account, "p-1", LocalDate.of(2026, 3, 2), new BigDecimal("0.125"));

        JsonArray list = array(get(API + "/online-accounts/" + account + "/pending"), 200);
        assertEquals(List.of("p-9", "p-1", "p-2"), list.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("online_transaction_identifier")).toList());
        JsonObject first = list.getJsonObject(0);
        assertEquals("100.00", first.getString("amount"));
        assertEquals("0.125", list.getJsonObject(1).getString("amount"), "every stored decimal kept");
        assertEquals(1, first.getJsonNumber("journal_id").longValue());
        assertFalse(first.containsKey("id") || first.containsKey("statement_id") || first.containsKey("reconciled"), first.toString());
        assertError(get(API + "/online-accounts/987654321/pending"), 404, "not-found");
    }

    @Test
    void patchUpdatesTheLinkAndTracksEachChangedFieldOnce() throws SQLException {
        long link = 1_006_000;
        link(link, "IT settings");
        String path = API + "/online-links/" + link;

        JsonObject updated = object(patch(path, "{\"auto_sync\":false,\"statement_periodicity\":\"week\"}"), 200);
        assertFalse(updated.getBoolean("auto_sync"));
        assertEquals("week", updated.getString("statement_periodicity"));
        assertTrue(updated.containsKey("accounts"));
        JsonArray messages = array(get(path + "/messages"), 200);
        assertEquals(1, messages.size());
        JsonObject tracking = messages.getJsonObject(0);
        assertEquals("tracking", tracking.getString("kind"));
        assertEquals(ADMIN, tracking.getString("author"));
        assertEquals(List.of("auto_sync:true>false", "statement_periodicity:month>week"),
                tracking.getJsonArray("tracking").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("field") + ":" + c.getString("old") + ">" + c.getString("new")).toList());

        object(patch(path, "{\"auto_sync\":false}"), 200);
        object(patch(path, "{}"), 200);
        assertEquals(1, array(get(path + "/messages"), 200).size(), "nothing changed, no message");
        object(patch(path, "{\"statement_periodicity\":\"none\"}"), 200);
        assertEquals(2, array(get(path + "/messages"), 200).size());

        assertError(patch(path, "{\"auto_sync\":\"no\"}"), 400, "invalid-field");
        assertError(patch(path, "{\"statement_periodicity\":\"fortnight\"}"), 400, "invalid-field");
        assertError(patch(path, "{\"auto_sync\":true,\"state\":\"connected\"}"), 400, "invalid-field");
        assertError(patch(path, "[true]"), 400, "invalid-body");
        JsonObject unchanged = object(get(path), 200);
        assertFalse(unchanged.getBoolean("auto_sync"), "a refused request changes nothing");
        assertEquals("none", unchanged.getString("statement_periodicity"));
        assertError(patch(API + "/online-links/987654321", "{\"auto_sync\":true}"), 404, "not-found");
    }

    @Test
    void theRenewalContactIsPatchedTrackedAndABadOneChangesNothing() throws SQLException {
        long link = 1_006_500;
        link(link, "IT renewal contact");
        String path = API + "/online-links/" + link;
        assertTrue(object(get(path), 200).isNull("renewal_contact"), "a link written before the field has none");

        JsonObject updated = object(patch(path, "{\"renewal_contact\":\" owner@example.test \"}"), 200);
        assertEquals("owner@example.test", updated.getString("renewal_contact"));
        JsonObject tracked = array(get(path + "/messages"), 200).getJsonObject(0).getJsonArray("tracking").getJsonObject(0);
        assertEquals("renewal_contact", tracked.getString("field"));
        assertTrue(!tracked.containsKey("old") || tracked.isNull("old"), "no contact before: " + tracked);
        assertEquals("owner@example.test", tracked.getString("new"));

        assertError(patch(path, "{\"renewal_contact\":\"two words\"}"), 400, "invalid-field");
        assertError(patch(path, "{\"renewal_contact\":\"\",\"auto_sync\":false}"), 400, "invalid-field");
        assertError(patch(path, "{\"renewal_contact\":42}"), 400, "invalid-field");
        JsonObject unchanged = object(get(path), 200);
        assertEquals("owner@example.test", unchanged.getString("renewal_contact"), "a refused request changes nothing");
        assertTrue(unchanged.getBoolean("auto_sync"));
        assertEquals(1, array(get(path + "/messages"), 200).size());
    }

    @Test
    void onlyASyncAdminSendsTheConsentRemindersByHand() {
        UiSteps.createUser("it-accountant-reminders", "accountant-password-1", "accountant");
        assertError(Deployed.postJson(API + "/admin/consent-reminders", "", "it-accountant-reminders", "accountant-password-1"),
                403, "forbidden");
        JsonObject sent = object(Deployed.postJson(API + "/admin/consent-reminders", "", ADMIN, adminPassword()), 200);
        assertTrue(sent.getInt("reminders_sent") >= 0, sent.toString());
    }

    @Test
    void anAuditorReadsTheChatterButChangesNoLink() throws SQLException {
        long link = 1_007_000;
        link(link, "IT roles");
        String auditor = "it-auditor-api";
        assertEquals(201, Deployed.postJson(API + "/users", "{\"name\":\"" + auditor
                + "\",\"password\":\"auditor-password-1\",\"roles\":[\"auditor\"]}", ADMIN, adminPassword()).statusCode());
        HttpRequest.Builder asAuditor = HttpRequest.newBuilder(Deployed.uri(API + "/online-links/" + link))
                .header("Authorization", Deployed.basic(auditor, "auditor-password-1"));
        assertEquals(200, Deployed.get(API + "/online-links/" + link + "/messages", auditor, "auditor-password-1").statusCode());
        assertError(Deployed.send(asAuditor.header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"auto_sync\":false}")).build()), 403, "forbidden");
        assertTrue(object(get(API + "/online-links/" + link), 200).getBoolean("auto_sync"));
    }

    @Test
    void anAccountIsMappedToAJournalOfItsCurrencyOrToANewOne() throws SQLException {
        long base = 1_008_000;
        long link = base + 1;
        link(link, "IT mapping");
        long account = base + 10;
        long other = base + 11;
        account(account, link, "map-a", "EUR", null);
        sql("update online_account set name = 'Current account', account_number = 'BE71 0961 2345 6769' where id = ?", account);
        long usdJournal = base + 20;
        long takenJournal = base + 21;
        long freeJournal = base + 22;
        journal(usdJournal, "IT08U", "USD");
        journal(takenJournal, "IT08T", "EUR");
        journal(freeJournal, "IT08F", "EUR");
        account(other, link, "map-b", "EUR", takenJournal);
        String path = API + "/online-accounts/" + account + "/journal";

        JsonObject mismatch = assertError(put(path, "{\"journal_id\":" + usdJournal + "}"), 409, "currency-mismatch");
        assertTrue(mismatch.getString("message").contains("USD") && mismatch.getString("message").contains("EUR"), mismatch.toString());
        assertError(put(path, "{\"journal_id\":" + takenJournal + "}"), 409, "conflict");
        assertError(put(path, "{\"journal_id\":987654321}"), 422, "unprocessable");
        assertError(put(path, "{\"journal_id\":\"" + freeJournal + "\"}"), 400, "invalid-field");
        assertError(put(path, "{}"), 400, "invalid-field");
        assertError(put(API + "/online-accounts/987654321/journal", "{\"journal_id\":null}"), 404, "not-found");

        JsonObject mapped = object(put(path, "{\"journal_id\":" + freeJournal + "}"), 200);
        assertEquals(freeJournal, mapped.getJsonNumber("journal_id").longValue());
        assertEquals("map-a", mapped.getString("online_identifier"));

        JsonObject remapped = object(put(path, "{\"journal_id\":null}"), 200);
        long created = remapped.getJsonNumber("journal_id").longValue();
        JsonObject journal = array(get(API + "/journals"), 200).getValuesAs(JsonObject.class).stream().filter(j -> j.getJsonNumber("id").longValue() == created).findFirst().orElseThrow();
        assertEquals("Current account", journal.getString("name"));
        assertEquals("EUR", journal.getString("currency_code"));
        assertEquals("BE71 0961 2345 6769", journal.getString("bank_account_number"));
        assertEquals(account, journal.getJsonNumber("online_account_id").longValue());
        assertTrue(journal.getString("code").matches("BNK[2-9][0-9]*"), journal.getString("code"));
        assertEquals("online_sync", journal.getString("bank_statement_source"));
        assertTrue(journal.containsKey("lock_date"));

        List<String> bodies = array(get(API + "/online-links/" + link + "/messages"), 200).getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("kind").equals("action")).map(m -> m.getString("body")).toList();
        assertEquals(2, bodies.size(), bodies.toString());
        assertTrue(bodies.get(1).contains("new journal Current account"), bodies.toString());
    }

    @Test
    void aLinkThatNeverReachedTheProxyIsDisconnectedAndKeepsItsHistory() throws SQLException {
        long base = 1_009_000;
        long link = base + 1;
        link(link, "IT disconnect");
        account(base + 10, link, "disc-a", "EUR", null);
        message(base + 20, link, "RUN", "Imported 1 transaction", null, null);

        assertError(post(API + "/online-links/" + link + "/accounts/refresh", ""), 409, "link-disconnected");
        JsonObject disconnected = object(delete(API + "/online-links/" + link), 200);
        assertEquals("disconnected", disconnected.getString("state"));
        assertFalse(disconnected.getBoolean("auto_sync"));
        assertEquals(1, disconnected.getJsonArray("accounts").size(), "accounts are kept");
        JsonArray messages = array(get(API + "/online-links/" + link + "/messages"), 200);
        assertEquals(4, messages.size(), "the history is kept, the disconnection told with its tracked changes: " + messages);
        assertTrue(messages.getValuesAs(JsonObject.class).stream().anyMatch(m -> m.getString("kind").equals("tracking")
                && m.getJsonArray("tracking").getJsonObject(0).getString("field").equals("state")
                && m.getJsonArray("tracking").getJsonObject(0).getString("new").equals("disconnected")), messages.toString());
        assertTrue(messages.getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("kind").equals("action") && m.getString("body").equals("Disconnected by admin")),
                messages.toString());
        assertError(delete(API + "/online-links/987654321"), 404, "not-found");
        assertError(get(API + "/institutions?country=BEL"), 400, "invalid-field");
    }

    @Test
    void linksComeByPageOfTheLimitByNameThenId() throws SQLException {
        long base = 1_010_000;
        link(base + 3, "IT paging b");
        link(base + 2, "IT paging a");
        link(base + 1, "IT paging b");

        List<Long> all = ids(array(get(API + "/online-links?limit=1000"), 200));
        assertTrue(all.indexOf(base + 2) < all.indexOf(base + 1) && all.indexOf(base + 1) < all.indexOf(base + 3),
                "by name then id: " + all);
        List<Long> paged = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonArray slice = array(get(API + "/online-links?limit=2&page=" + page), 200);
            assertTrue(slice.size() <= 2, slice.toString());
            paged.addAll(ids(slice));
            if (slice.size() < 2) {
                break;
            }
        }
        assertEquals(all, paged, "the pages together are the whole list, each link once");
        assertTrue(array(get(API + "/online-links"), 200).getJsonObject(0).containsKey("accounts"), "the same Link shape");
        for (String query : new String[] {"?limit=0", "?limit=1001", "?limit=ten", "?page=-1", "?page=x"}) {
            assertError(get(API + "/online-links" + query), 400, "invalid-field");
        }
    }

    @Test
    void messagesComeInSlicesOfTheLimitAfterTheLastIdRead() throws SQLException {
        long link = 1_011_000;
        link(link, "IT chatter slices");
        for (int i = 1; i <= 5; i++) {
            message(link + i, link, "NOTE", "note " + i, null, null);
        }
        String messages = API + "/online-links/" + link + "/messages";

        assertEquals(List.of(link + 1, link + 2), ids(array(get(messages + "?limit=2"), 200)));
        assertEquals(List.of(link + 3, link + 4), ids(array(get(messages + "?limit=2&after=" + (link + 2)), 200)));
        assertEquals(List.of(link + 5), ids(array(get(messages + "?limit=2&after=" + (link + 4)), 200)), "a short slice: the end");
        assertEquals(5, array(get(messages), 200).size(), "default limit 100");
        for (String query : new String[] {"?limit=0", "?limit=1001", "?limit=-3", "?limit=2.5"}) {
            assertError(get(messages + query), 400, "invalid-field");
        }
    }

    @Test
    void runsComeNewestFirstBeforeTheGivenId() throws SQLException {
        long link = 1_012_000;
        link(link, "IT runs");
        for (int i = 1; i <= 5; i++) {
            sql("insert into sync_run (id, link_id, state, run_trigger, started_at, imported, version)"
                    + " values (?, ?, 'DONE', 'TIMER', ?, ?, 0)", link + i, link,
                    OffsetDateTime.of(2026, 1, i, 3, 0, 0, 0, ZoneOffset.UTC), i);
        }
        String runs = API + "/online-links/" + link + "/runs";

        JsonArray newest = array(get(runs + "?limit=2"), 200);
        assertEquals(List.of(link + 5, link + 4), ids(newest));
        JsonObject run = newest.getJsonObject(0);
        assertEquals("done", run.getString("state"));
        assertEquals(link, run.getJsonNumber("link_id").longValue());
        assertEquals(5, run.getInt("imported"));
        assertEquals(List.of(link + 3, link + 2), ids(array(get(runs + "?limit=2&before=" + (link + 4)), 200)));
        assertEquals(List.of(link + 1), ids(array(get(runs + "?limit=2&before=" + (link + 2)), 200)));
        assertEquals(5, array(get(runs), 200).size(), "default limit 100");
        for (String query : new String[] {"?limit=0", "?limit=1001", "?before=0", "?before=-1", "?before=last"}) {
            assertError(get(runs + query), 400, "invalid-field");
        }
        assertError(get(API + "/online-links/987654321/runs"), 404, "not-found");
    }

    @Test
    void theBookBalanceIsTheSumOfTheJournalsLinesWithoutSummingThemAll() throws SQLException {
        long journal = 1_013_000;
        journal(journal, "IT13", "EUR");
        // two monthly statements as the importer leaves them (each starts where the previous ended)
        statement(journal + 1, journal, LocalDate.of(2026, 1, 1), "0", "110.25");
        statement(journal + 2, journal, LocalDate.of(2026, 2, 1), "110.25", "80.25");
        line(journal + 100, journal, LocalDate.of(2026, 1, 3), new BigDecimal("100"), null, null, null);
        line(journal + 101, journal, LocalDate.of(2026, 1, 9), new BigDecimal("10.25"), null, null, null);
        line(journal + 102, journal, LocalDate.of(2026, 2, 2), new BigDecimal("-30"), null, null, null);
        sql("update statement_line set statement_id = ? where id in (?, ?)", journal + 1, journal + 100, journal + 101);
        sql("update statement_line set statement_id = ? where id = ?", journal + 2, journal + 102);
        // a line without statement (periodicity "none")
        line(journal + 103, journal, LocalDate.of(2026, 3, 1), new BigDecimal("0.5"), null, null, null);
        assertEquals("80.75", bookBalance(journal));
        assertEquals(0, new BigDecimal(bookBalance(journal)).compareTo(sumOfLines(journal)), "the same balance as the sum of lines");

        // deleted as a duplicate: the line leaves its statement's end balance, the later one is left as it was
        sql("update bank_statement set balance_end = balance_end - 10.25 where id = ?", journal + 1);
        sql("delete from statement_line where id = ?", journal + 101);
        assertEquals("70.50", bookBalance(journal));
        assertEquals(0, new BigDecimal(bookBalance(journal)).compareTo(sumOfLines(journal)));
    }

    // --- bank files: these need the readers (infrastructure/bankfile), merged from their own branch

    private static final String CSV_MAPPING = "{\"delimiter\": \";\", \"decimal_separator\": \",\", \"date_format\": \"dd/MM/yyyy\","
            + " \"date\": 0, \"label\": 1, \"partner\": 2, \"amount\": 3}";

    @Test
    void aCsvFileIsPreviewedConfirmedOnceAndAgainOnlyDuplicates() throws SQLException {
        long journal = 1_016_000;
        journal(journal, "IT16", "EUR");
        String csv = "Date;Label;Partner;Amount\n03/11/2026;Coffee;ACME;-4,20\n03/11/2026;Coffee;ACME;-4,20\n04/11/2026;Salary;Employer;2500,00\n";
        JsonObject preview = object(upload(journal, "statement.csv", csv, "csv", CSV_MAPPING), 200);
        assertEquals(List.of(3, 0, 0), List.of(preview.getInt("new"), preview.getInt("duplicates"), preview.getInt("invalid")), preview.toString());
        assertEquals("absent", preview.getString("balance_check"));
        assertEquals(0, Deployed.number("select count(*) from statement_line where journal_id = ?", journal), "a preview writes nothing");

        String confirm = API + "/journals/" + journal + "/imports/" + preview.getJsonNumber("id").longValue() + "/confirm";
        JsonObject done = object(post(confirm, ""), 200);
        assertEquals(List.of(3, 0), List.of(done.getInt("imported"), done.getInt("skipped")));
        assertError(post(confirm, ""), 409, "already-confirmed");
        assertEquals("2491.60", bookBalance(journal), "two coffees of 4.20 and a salary of 2,500");

        JsonObject again = object(upload(journal, "statement.csv", csv, "csv", null), 200);
        assertEquals(List.of(0, 3), List.of(again.getInt("new"), again.getInt("duplicates")), "the remembered mapping reads it");
        assertError(post(API + "/journals/" + (journal + 1) + "/imports/" + again.getJsonNumber("id").longValue() + "/confirm", ""),
                404, "not-found");
    }

    @Test
    void aCamtFileOfAnotherAccountIsRefusedAndOneOfTheJournalsTakesNothingTwice() throws SQLException {
        long journal = 1_014_000;
        journal(journal, "IT14", "EUR");
        sql("update journal set bank_account_number = 'BE68 5390 0754 7034' where id = ?", journal);
        assertError(upload(journal, "other.xml", CamtSample.of("BE71096123456769"), null, null), 422, "wrong-account");
        assertEquals(0, Deployed.number("select count(*) from file_import where journal_id = ?", journal), "nothing stored");

        JsonObject preview = object(upload(journal, "camt.xml", CamtSample.of("BE68539007547034"), "camt", null), 200);
        assertEquals("camt", preview.getString("format"));
        assertEquals(1, preview.getInt("new"), preview.toString());
        assertEquals("ok", preview.getString("balance_check"), preview.toString());
        assertEquals("camt:ACSV-1", preview.getJsonArray("rows").getJsonObject(0).getString("identifier"));
        object(post(API + "/journals/" + journal + "/imports/" + preview.getJsonNumber("id").longValue() + "/confirm", ""), 200);
        JsonObject again = object(upload(journal, "camt.xml", CamtSample.of("BE68539007547034"), "camt", null), 200);
        assertEquals(List.of(0, 1), List.of(again.getInt("new"), again.getInt("duplicates")));
        assertError(upload(journal, "empty.csv", "", "csv", CSV_MAPPING), 422, "empty-file");
    }

    @Test
    void badFilesOfEachKindGetTheirCodeAndWriteNothing() throws SQLException {
        long journal = 1_017_000;
        journal(journal, "IT17", "EUR");
        sql("update journal set bank_account_number = ? where id = ?", CamtSample.IBAN, journal);
        for (CamtSample.BadFile bad : CamtSample.badFiles()) {
            assertError(upload(journal, bad.name(), bad.content(), bad.format(), null), 422, bad.code());
        }
        String camt = CamtSample.of(CamtSample.IBAN);
        assertError(upload(journal, "statement.csv", camt, "csv", CSV_MAPPING), 422, "unknown-format");
        assertError(upload(987_654_321L, "camt.xml", camt, null, null), 404, "not-found");
        assertEquals(0, Deployed.number("select count(*) from file_import where journal_id = ?", journal), "no preview stored");
        assertEquals(0, Deployed.number("select count(*) from statement_line where journal_id = ?", journal), "no line written");
    }

    /** A sample file of src/test/resources/bankfiles, the account and currency of the journal it goes into, its CSV mapping. */
    private record Sample(String file, String account, String currency, String mapping) {
    }

    @Test
    void everySampleFileImportsItsJournalsRowsOnceAndAgainNothing() throws SQLException {
        List<Sample> samples = List.of(new Sample("camt053-v02.xml", "BE71096123456769", "EUR", null),
                new Sample("camt053-v08.xml", "NL91ABNA0417164300", "EUR", null),
                new Sample("camt052-v08.xml", "DE89370400440532013000", "EUR", null),
                new Sample("camt054-v08.xml", "CH9300762011623852957", "CHF", null),
                new Sample("ofx1-sgml.ofx", "0987654321", "USD", null),
                new Sample("ofx2-xml.ofx", "FR7630004000031234567890143", "EUR", null),
                new Sample("csv-comma.csv", null, "USD", "{\"delimiter\": \",\", \"date_format\": \"yyyy-MM-dd\", \"date\": 0,"
                        + " \"label\": 1, \"partner\": 2, \"amount\": 3, \"currency\": 4, \"reference\": 5, \"identifier\": 6}"),
                new Sample("csv-semicolon-1252.csv", null, "EUR", "{\"delimiter\": \";\", \"encoding\": \"windows-1252\","
                        + " \"header_rows\": 3, \"decimal_separator\": \",\", \"date_format\": \"dd/MM/yyyy\", \"date\": 0, \"label\": 1,"
                        + " \"partner\": 2, \"debit\": 3, \"credit\": 4, \"currency\": 5, \"reference\": 6}"));
        long journal = 1_020_000;
        for (Sample sample : samples) {
            journal += 1_000;
            journal(journal, "S" + (journal / 1_000 % 100), sample.currency());
            sql("update journal set bank_account_number = ? where id = ?", sample.account(), journal);
            byte[] content = BankFiles.bytes(sample.file());
            JsonObject preview = object(upload(journal, sample.file(), content, null, sample.mapping()), 200);
            int fresh = preview.getInt("new");
            assertTrue(fresh > 0, sample.file() + ": " + preview);
            JsonObject done = object(post(API + "/journals/" + journal + "/imports/" + preview.getJsonNumber("id").longValue()
                    + "/confirm", ""), 200);
            assertEquals(fresh, done.getInt("imported"), sample.file());
            assertEquals(fresh, Deployed.number("select count(*) from statement_line where journal_id = ?", journal), sample.file());

            JsonObject again = object(upload(journal, sample.file(), content, null, null), 200);
            assertEquals(List.of(0, fresh), List.of(again.getInt("new"), again.getInt("duplicates")),
                    sample.file() + " again, its mapping remembered: " + again);
        }
        long camt = 1_021_000;
        assertEquals(5, Deployed.number("select count(*) from statement_line where journal_id = ?", camt),
                "the BE71 statement's booked entries, its batch of three salaries one line each; not the pending one");
        assertEquals(1, Deployed.number("select count(*) from statement_line where journal_id = ? and foreign_currency_code = 'USD'"
                + " and amount_currency = -100", camt), "the instructed foreign amount kept, a debit");
        assertEquals(0, Deployed.number("select count(*) from statement_line where journal_id = ? and currency_code <> 'EUR'", camt),
                "nothing of the file's USD account");
    }

    @Test
    void aFileOverlappingSyncedLinesImportsOnlyWhatIsNew() throws SQLException {
        long journal = 1_030_000;
        journal(journal, "IT30", "EUR");
        link(journal + 1, "Overlap bank");
        account(journal + 2, journal + 1, "acc-overlap", "EUR", journal);
        line(journal + 100, journal, LocalDate.of(2026, 11, 3), new BigDecimal("-4.20"), journal + 2, "online-tx-1", null);
        sql("update statement_line set payment_ref = 'Coffee INV-77' where id = ?", journal + 100);
        String csv = "Date;Label;Partner;Amount;Reference\n03/11/2026;Coffee;ACME;-4,20;INV-77\n04/11/2026;Salary;Employer;2500,00;\n";
        String mapping = CSV_MAPPING.replace("}", ", \"reference\": 4}");
        JsonObject preview = object(upload(journal, "overlap.csv", csv, "csv", mapping), 200);
        assertEquals(List.of(1, 1), List.of(preview.getInt("new"), preview.getInt("duplicates")), preview.toString());
        assertEquals("already in the journal", preview.getJsonArray("rows").getJsonObject(0).getString("reason"));
        JsonObject done = object(post(API + "/journals/" + journal + "/imports/" + preview.getJsonNumber("id").longValue() + "/confirm", ""), 200);
        assertEquals(1, done.getInt("imported"));
        assertEquals(2, Deployed.number("select count(*) from statement_line where journal_id = ?", journal), "the synced line and the salary");
    }

    /** A multipart upload as a browser's form sends it: the file, then {@code format} and {@code mapping} when given. */
    private static HttpResponse<String> upload(long journal, String fileName, String content, String format, String mapping) {
        return upload(journal, fileName, content.getBytes(StandardCharsets.UTF_8), format, mapping);
    }

    private static HttpResponse<String> upload(long journal, String fileName, byte[] content, String format, String mapping) {
        String boundary = "----it-boundary-7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(partHead(boundary, "file\"; filename=\"" + fileName));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (format != null) {
            part(body, boundary, "format", format);
        }
        if (mapping != null) {
            part(body, boundary, "mapping", mapping);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Deployed.send(HttpRequest.newBuilder(Deployed.uri(API + "/journals/" + journal + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", Deployed.basic(ADMIN, adminPassword()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String content) {
        body.writeBytes(partHead(boundary, name));
        body.writeBytes((content + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] partHead(String boundary, String name) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    // --- data, written as the host ERP and the engine would leave it

    private static void journal(long id, String code, String currency) throws SQLException {
        sql("insert into journal (id, company_id, name, code, currency_code, bank_account_number, bank_statement_source, version)"
                + " values (?, ?, ?, ?, ?, null, 'UNDEFINED', 0)", id, COMPANY, "Journal " + code, code, currency);
    }

    private static void link(long id, String name) throws SQLException {
        sql("insert into online_link (id, company_id, name, state, auto_sync, statement_periodicity, version)"
                + " values (?, ?, ?, 'CONNECTED', true, 'MONTH', 0)", id, COMPANY, name);
    }

    private static void account(long id, long link, String onlineId, String currency, Long journal) throws SQLException {
        sql("insert into online_account (id, link_id, online_identifier, currency_code, fetching_status, journal_id, version)"
                + " values (?, ?, ?, ?, 'IDLE', ?, 0)", id, link, onlineId, currency, journal);
    }

    private static void line(long id, long journal, LocalDate date, BigDecimal amount, Long account, String onlineId,
            String partnerAccount) throws SQLException {
        sql("insert into statement_line (id, journal_id, date, payment_ref, amount, currency_code, account_number, reconciled,"
                + " online_transaction_identifier, online_account_id, version) values (?, ?, ?, ?, ?, 'EUR', ?, false, ?, ?, 0)",
                id, journal, date, "line " + id, amount, partnerAccount, onlineId, account);
    }

    private static void statement(long id, long journal, LocalDate periodStart, String start, String end) throws SQLException {
        LocalDate periodEnd = periodStart.plusMonths(1).minusDays(1);
        sql("insert into bank_statement (id, journal_id, name, date, period_start, period_end, balance_start, balance_end,"
                + " complete, version) values (?, ?, ?, ?, ?, ?, ?, ?, true, 0)", id, journal, "IT " + periodStart, periodEnd,
                periodStart, periodEnd, new BigDecimal(start), new BigDecimal(end));
    }

    private static void message(long id, long link, String kind, String body, Integer errorCode, String reference)
            throws SQLException {
        sql("insert into chatter_message (id, record_type, record_id, author, created_at, kind, body, error_code, error_reference)"
                + " values (?, 'online_link', ?, 'it-author', ?, ?, ?, ?, ?)", id, link,
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), kind, body, errorCode, reference);
    }

    private static void pending(long id, long account, String onlineId, LocalDate date, BigDecimal amount) throws SQLException {
        sql("insert into pending_transaction (id, online_account_id, online_transaction_identifier, date, payment_ref, amount,"
                + " currency_code) values (?, ?, ?, ?, 'pending', ?, 'EUR')", id, account, onlineId, date, amount);
    }

    private static void sql(String statement, Object... params) throws SQLException {
        try (Connection c = Deployed.database(); PreparedStatement p = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        }
    }

    private static long count(String query, long... params) throws SQLException {
        return lineIds(query, params).get(0);
    }

    /** The first column of each row, as numbers. */
    private static List<Long> lineIds(String query, long... params) throws SQLException {
        try (Connection c = Deployed.database(); PreparedStatement p = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                p.setLong(i + 1, params[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
            return values;
        }
    }

    private static BigDecimal sumOfLines(long journal) throws SQLException {
        try (Connection c = Deployed.database();
                PreparedStatement p = c.prepareStatement("select sum(amount) from statement_line where journal_id = ?")) {
            p.setLong(1, journal);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    // --- calls as the admin, and their answers

    private static HttpResponse<String> get(String path) {
        return Deployed.get(path, ADMIN, adminPassword());
    }

    private static HttpResponse<String> post(String path, String json) {
        return Deployed.postJson(path, json, ADMIN, adminPassword());
    }

    private static HttpResponse<String> patch(String path, String json) {
        return send("PATCH", path, json);
    }

    private static HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json);
    }

    private static HttpResponse<String> delete(String path) {
        return Deployed.send(HttpRequest.newBuilder(Deployed.uri(path)).header("Authorization", Deployed.basic(ADMIN, adminPassword()))
                .DELETE().build());
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        return Deployed.send(HttpRequest.newBuilder(Deployed.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", Deployed.basic(ADMIN, adminPassword()))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static JsonObject object(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return (JsonObject) Deployed.json(r.body());
    }

    private static JsonArray array(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return (JsonArray) Deployed.json(r.body());
    }

    /** @return the error's detail, after checking the status, the code and that no stack trace leaked */
    private static JsonObject assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        JsonObject error = ((JsonObject) Deployed.json(r.body())).getJsonObject("error");
        assertEquals(code, error.getString("code"), r.body());
        return error;
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static String bookBalance(long journal) {
        return array(get(API + "/journals"), 200).getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getJsonNumber("id").longValue() == journal).findFirst().orElseThrow().getString("book_balance");
    }

    private static void assertGroup(JsonObject group, String reason, long... lineIds) {
        assertEquals(reason, group.getString("reason"), group.toString());
        List<Long> ids = new ArrayList<>();
        group.getJsonArray("lines").getValuesAs(JsonObject.class).forEach(l -> ids.add(l.getJsonNumber("id").longValue()));
        assertEquals(Arrays.stream(lineIds).boxed().toList(), ids, group.toString());
    }
}
