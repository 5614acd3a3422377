package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Find Missing and deleted lines, deployed: a line deleted through the Find Duplicates wizard is
 * remembered, Find Missing lists it as deleted (by whom), and importing it through Find Missing brings
 * it back with a chatter message; the range cap answers 400. The wizards are driven through their
 * forms with {@link FormSession} (no Chromium needed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MissingTransactionsIT {

    /** Days kept away from the ends of the imported window: the edges depend on overlap and pending transactions. */
    private static final int MARGIN_DAYS = 5;
    private static final int WINDOW_DAYS = 40;
    private static final AtomicLong PLANTED_IDS = new AtomicLong(800_000_000L + System.nanoTime() % 1_000_000L * 100);
    /** A synchronized line no other line of the journal shares date and amount with: its duplicate group is itself and a planted copy. */
    private static final String LONE_LINE = "select l.id, l.online_transaction_identifier, l.date, l.amount from statement_line l"
            + " where l.journal_id = ? and l.online_transaction_identifier is not null and l.date between ? and ?"
            + " and not exists (select 1 from statement_line d where d.journal_id = l.journal_id and d.date = l.date"
            + " and d.amount = l.amount and d.id <> l.id) order by l.id fetch first 1 rows only";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    /** A journal fed by the sandbox bank, imported from {@code start}. */
    record Imported(SandboxFlow.Connected link, long journalId, LocalDate start) {
    }

    /** The synchronized line deleted through Find Duplicates. */
    record Deleted(long lineId, String onlineId, LocalDate date, BigDecimal amount) {
    }

    @Test
    void aLineDeletedAsADuplicateIsListedAsDeletedAndCanBeBroughtBack() throws Exception {
        Imported imported = importSandboxBank("d31e7e01");
        Deleted deleted = deleteThroughFindDuplicates(imported, imported.start().plusDays(MARGIN_DAYS),
                LocalDate.now().minusDays(MARGIN_DAYS));
        assertEquals(0, UiSteps.count("select count(*) from statement_line where id = ?", deleted.lineId()));
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement("select deleted_by, date, amount,"
                + " journal_id from deleted_transaction where online_transaction_identifier = ?")) {
            ps.setString(1, deleted.onlineId());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the deletion is remembered");
                assertEquals(ADMIN, rs.getString(1));
                assertEquals(deleted.date(), rs.getObject(2, LocalDate.class));
                assertEquals(0, deleted.amount().compareTo(rs.getBigDecimal(3)));
                assertEquals(imported.journalId(), rs.getLong(4));
            }
        }
        assertTrue(chatterBodies(imported.link().linkId()).contains("Deleted by " + ADMIN), "the wizard's chatter message");

        HttpResponse<String> answer = findMissing(imported.journalId(), imported.start());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("false", answer.headers().firstValue("X-More-Missing").orElseThrow());
        JsonObject listed = only((JsonArray) Deployed.json(answer.body()), deleted.onlineId());
        assertEquals("DELETED", listed.getString("status"));
        assertEquals(ADMIN, listed.getString("deleted_by"));
        assertFalse(listed.isNull("deleted_at"), listed.toString());

        FormSession session = new FormSession();
        session.signIn(ADMIN, adminPassword());
        String path = "/find-missing.xhtml?journal=" + imported.journalId() + "&from=" + imported.start();
        HttpResponse<String> page = session.get(path);
        assertTrue(page.body().contains("at most 366 days back and lists at most 1000 transactions")
                || page.body().contains("at most 366 days back and lists at most 1,000 transactions"), "the caps are stated");
        page = session.submit(page, "missing", Map.of("missing:fromDate_input", imported.start().toString(), "missing:find", ""));
        assertTrue(page.body().contains("Deleted on"), "the screen shows the deletion");
        page = session.submit(page, "missing", Map.of("missing:fromDate_input", imported.start().toString(),
                "missing:transactions_selection", deleted.onlineId(), "missing:import", ""));
        assertTrue(page.body().contains("1 transactions imported"), "imported back");

        assertEquals(1, UiSteps.count("select count(*) from statement_line where journal_id = ? and online_transaction_identifier = '"
                + deleted.onlineId() + "'", imported.journalId()));
        assertEquals(0, UiSteps.count("select count(*) from deleted_transaction where online_account_id = ? and"
                + " online_transaction_identifier = '" + deleted.onlineId() + "'", accountId(imported)));
        String chatter = chatterBodies(imported.link().linkId());
        assertTrue(chatter.contains("Brought back by " + ADMIN) && chatter.contains("[" + deleted.onlineId() + "]"),
                "the chatter names the restored transaction and who restored it: " + chatter);
        assertTrue(((JsonArray) Deployed.json(findMissing(imported.journalId(), imported.start()).body())).stream()
                .noneMatch(v -> v.asJsonObject().getString("online_transaction_identifier").equals(deleted.onlineId())));
    }

    @Test
    void aStartDateBeyondTheRangeCapIsRefusedWithAClearMessage() throws Exception {
        Imported imported = importSandboxBank("d31e7e02");
        HttpResponse<String> answer = findMissing(imported.journalId(), LocalDate.now().minusDays(400));
        assertEquals(400, answer.statusCode(), answer.body());
        JsonObject error = ((JsonObject) Deployed.json(answer.body())).getJsonObject("error");
        assertEquals("invalid-field", error.getString("code"));
        assertTrue(error.getString("message").contains("from_date may be at most 366 days back"), error.toString());
    }

    @Test
    void aFetchAfterTheDeletionDoesNotImportTheLineAgain() throws Exception {
        Imported imported = importSandboxBank("d31e7e03");
        // dated in the last two days: inside the overlap window the next fetch asks for again
        Deleted deleted = deleteThroughFindDuplicates(imported, LocalDate.now().minusDays(2), LocalDate.now());
        JsonObject run = SandboxFlow.fetchAndWait(imported.link().linkId());
        assertEquals("done", run.getString("state"), run.toString());
        assertEquals(0, UiSteps.count("select count(*) from statement_line where journal_id = ? and online_transaction_identifier = '"
                + deleted.onlineId() + "'", imported.journalId()), "the overlap window does not bring it back");
    }

    private static Imported importSandboxBank(String seed) {
        LocalDate start = LocalDate.now().minusDays(WINDOW_DAYS);
        SandboxFlow.Connected link = SandboxFlow.connect("sandbox_bank", seed, start.toString());
        JsonObject run = SandboxFlow.fetchAndWait(link.linkId());
        assertEquals("done", run.getString("state"), run.toString());
        JsonObject account = SandboxFlow.link(link.linkId()).getJsonArray("accounts").getJsonObject(0);
        return new Imported(link, account.getJsonNumber("journal_id").longValue(), start);
    }

    /**
     * Plants a copy of a lone synchronized line under another identifier (as when a bank renumbers its
     * transactions) and deletes the original through the wizard's form.
     */
    private static Deleted deleteThroughFindDuplicates(Imported imported, LocalDate from, LocalDate to) throws SQLException {
        Deleted line = loneLine(imported, from, to);
        long planted = plantCopy(line.lineId());
        FormSession session = new FormSession();
        session.signIn(ADMIN, adminPassword());
        HttpResponse<String> page = session.get("/find-duplicates.xhtml?journal=" + imported.journalId() + "&from=" + imported.start());
        page = session.submit(page, "duplicates", Map.of("duplicates:fromDate_input", imported.start().toString(), "duplicates:find", ""));
        String tick = tickBoxBesidePlanted(page.body(), planted);
        page = session.submit(page, "duplicates", Map.of("duplicates:fromDate_input", imported.start().toString(),
                tick, "on", "duplicates:delete", ""));
        assertTrue(page.body().contains("1 lines deleted"), "the wizard deleted one line");
        return line;
    }

    /** @return the id of a copy of the line: same account, date and amount, another identifier */
    private static long plantCopy(long lineId) throws SQLException {
        long id = PLANTED_IDS.incrementAndGet();
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement("insert into statement_line (id,"
                + " journal_id, date, payment_ref, amount, currency_code, reconciled, version, online_account_id,"
                + " online_link_id, online_transaction_identifier) select ?, journal_id, date, ?, amount, currency_code,"
                + " false, 0, online_account_id, online_link_id, online_transaction_identifier || '-copy'"
                + " from statement_line where id = ?")) {
            ps.setLong(1, id);
            ps.setString(2, "planted " + id);
            ps.setLong(3, lineId);
            assertEquals(1, ps.executeUpdate());
        }
        return id;
    }

    private static Deleted loneLine(Imported imported, LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(LONE_LINE)) {
            ps.setLong(1, imported.journalId());
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a synchronized line to delete");
                return new Deleted(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4));
            }
        }
    }

    /** The checkbox of the other row of the planted line's group: the synchronized line. */
    private static String tickBoxBesidePlanted(String html, long planted) {
        Matcher rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        Pattern box = Pattern.compile("name=\"(duplicates:groups:(\\d+):group:\\d+:tick_input)\"");
        String group = null;
        Map<String, String> otherBoxByGroup = new java.util.HashMap<>();
        while (rows.find()) {
            Matcher b = box.matcher(rows.group(1));
            if (!b.find()) {
                continue;
            }
            if (rows.group(1).contains("planted " + planted)) {
                group = b.group(2);
            } else {
                otherBoxByGroup.put(b.group(2), b.group(1));
            }
        }
        assertTrue(group != null && otherBoxByGroup.containsKey(group), "the planted copy's group on the page");
        return otherBoxByGroup.get(group);
    }

    private static HttpResponse<String> findMissing(long journalId, LocalDate from) {
        return Deployed.postJson("/api/v1/journals/" + journalId + "/missing", "{\"from_date\":\"" + from + "\"}",
                ADMIN, adminPassword());
    }

    private static JsonObject only(JsonArray list, String onlineId) {
        return list.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("online_transaction_identifier").equals(onlineId)).findFirst()
                .orElseThrow(() -> new AssertionError(onlineId + " not listed in " + list));
    }

    private static long accountId(Imported imported) {
        return SandboxFlow.link(imported.link().linkId()).getJsonArray("accounts").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String chatterBodies(long linkId) {
        return ((JsonArray) Deployed.json(Deployed.get("/api/v1/online-links/" + linkId + "/messages", ADMIN, adminPassword()).body()))
                .stream().map(v -> v.asJsonObject().getString("body")).reduce("", (a, b) -> a + "\n" + b);
    }
}
