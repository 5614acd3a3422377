package erp.onlinesync.it;

import static erp.onlinesync.it.Deployed.ADMIN;
import static erp.onlinesync.it.Deployed.adminPassword;
import static erp.onlinesync.it.SandboxFlow.awaitRun;
import static erp.onlinesync.it.SandboxFlow.connect;
import static erp.onlinesync.it.SandboxFlow.control;
import static erp.onlinesync.it.SandboxFlow.fetch;
import static erp.onlinesync.it.SandboxFlow.fetchAndWait;
import static erp.onlinesync.it.SandboxFlow.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.sandbox.bank.AccountHistory;
import erp.onlinesync.sandbox.bank.Bank;
import erp.onlinesync.sandbox.bank.SandboxTransaction;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sync engine end to end against the sandbox proxy: connect through the API, import, import again,
 * faults, crashes, lock date and periodicity. Every test connects its own link with its own data seed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SyncEngineIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployed.war();
    }

    /** One imported line as the database holds it. */
    record Line(String id, LocalDate date, BigDecimal amount, String foreignCurrency, BigDecimal amountCurrency,
            Long statementId, long journalId) {
    }

    @Test
    void sandboxBankImportsEveryPostedTransactionOnceToTheCentAndMatchesTheBankBalance() throws Exception {
        SandboxFlow.Connected link = connect("sandbox_bank", "5eed0001", null);
        JsonObject first = fetchAndWait(link.linkId());
        assertEquals("done", first.getString("state"), first.toString());
        assertImportedExactly(link);

        JsonObject second = fetchAndWait(link.linkId());
        assertEquals("done", second.getString("state"));
        assertEquals(0, second.getInt("imported"), "a second fetch imports nothing");
        assertTrue(second.getInt("skipped_duplicates") > 0, "the overlap window asks again for the last days");

        control(link.clientId(), "advance", "{\"days\": 3}");
        JsonObject third = fetchAndWait(link.linkId());
        assertEquals("done", third.getString("state"));
        assertTrue(third.getInt("imported") > 0, "new transactions after three days");
        assertImportedExactly(link);
    }

    @Test
    void aFetchMovesTheRunImportedLinesAndProxyLatencySeriesOfTheMetrics() throws Exception {
        SandboxFlow.Connected link = connect("sandbox_bank", "3e7c0001", LocalDate.now().minusDays(40).toString());
        awaitRun(fetch(link.linkId()));
        Scrape before = Scrape.now();
        JsonObject run = fetchAndWait(link.linkId());
        control(link.clientId(), "advance", "{\"days\": 5}");
        JsonObject next = fetchAndWait(link.linkId());
        Scrape after = Scrape.now();

        String[] manualDone = {"trigger=\"manual\"", "state=\"done\""};
        assertEquals(2, after.sum("onlinesync_runs_ended_total", manualDone) - before.sum("onlinesync_runs_ended_total", manualDone),
                after.text);
        assertEquals(2, after.sum("onlinesync_runs_started_total", manualDone[0]) - before.sum("onlinesync_runs_started_total", manualDone[0]));
        assertEquals(run.getInt("imported") + next.getInt("imported"),
                after.sum("onlinesync_lines_imported_total") - before.sum("onlinesync_lines_imported_total"));
        assertTrue(next.getInt("imported") > 0, "five more days brought new transactions");
        String transactions = "operation=\"transactions\"";
        assertTrue(after.sum("onlinesync_proxy_call_duration_seconds_count", transactions)
                >= before.sum("onlinesync_proxy_call_duration_seconds_count", transactions) + 2, "one page at least per run");
        assertTrue(after.sum("onlinesync_proxy_call_duration_seconds_sum", transactions)
                > before.sum("onlinesync_proxy_call_duration_seconds_sum", transactions));
        for (String gauge : List.of("onlinesync_links", "onlinesync_consents_expiring", "onlinesync_scheduler_lag_seconds",
                "onlinesync_run_duration_seconds_count")) {
            assertTrue(after.has(gauge), gauge + " is served");
        }
        assertFalse(after.text.contains(link.clientId()), "no link's identity in the metrics");
        var health = Deployed.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployed.origin() + "/health"))
                .GET().build()).body();
        assertTrue(health.contains("\"scheduler\"") && health.contains("\"proxy\""), health);
    }

    @Test
    void verifyNamesTheChatterMessageADbaEditedAndTheDatabaseRefusesEditsByItself() throws Exception {
        SandboxFlow.Connected link = connect("sandbox_bank", "5ea10001", LocalDate.now().minusDays(10).toString());
        awaitRun(fetch(link.linkId()));
        JsonObject ok = Deployed.json(Deployed.get("/api/v1/online-links/" + link.linkId() + "/messages/verify", ADMIN,
                adminPassword()).body()).asJsonObject();
        assertTrue(ok.getBoolean("ok"), ok.toString());
        long count = Deployed.number("select count(*) from chatter_message where record_type = 'online_link' and record_id = ?",
                link.linkId());
        assertEquals(count, ok.getJsonNumber("count").longValue());

        long edited = Deployed.number("select min(id) from chatter_message where record_type = 'online_link' and record_id = ?"
                + " and id > (select min(id) from chatter_message where record_type = 'online_link' and record_id = ?)",
                link.linkId(), link.linkId());
        boolean postgres = "postgres".equals(System.getProperty("it.db"));
        if (postgres) {
            var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> Deployed.execute("update chatter_message set body = 'rewritten' where id = ?", edited));
            assertTrue(refused.getCause().getMessage().contains("append-only"), refused.getCause().getMessage());
        }
        try (Connection c = Deployed.database(); Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("alter table chatter_message disable trigger chatter_message_append_only");
            }
            s.executeUpdate("update chatter_message set body = 'Synchronization done: nothing imported.' where id = " + edited);
            if (postgres) {
                s.execute("alter table chatter_message enable trigger chatter_message_append_only");
            }
        }
        JsonObject broken = Deployed.json(Deployed.get("/api/v1/online-links/" + link.linkId() + "/messages/verify", ADMIN,
                adminPassword()).body()).asJsonObject();
        assertFalse(broken.getBoolean("ok"), broken.toString());
        assertEquals(edited, broken.getJsonNumber("first_broken_id").longValue());
        assertTrue(broken.getString("reason").contains("changed"), broken.toString());

        String exports = "/api/v1/online-links/" + link.linkId() + "/messages/export?from=" + LocalDate.now().minusDays(1) + "&format=";
        var csv = Deployed.get(exports + "csv", ADMIN, adminPassword());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("CHAIN BROKEN at message " + edited), csv.body());
        assertTrue(csv.body().contains("Synchronization done: nothing imported."), "the edited message as it now reads");
        assertTrue(csv.body().lines().anyMatch(l -> l.startsWith("run,")), "the runs");
        var pdf = Deployed.send(java.net.http.HttpRequest.newBuilder(Deployed.uri(exports + "pdf"))
                .header("Authorization", Deployed.basic(ADMIN, adminPassword())).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(400, Deployed.get(exports + "xls", ADMIN, adminPassword()).statusCode());
    }

    @Test
    void flakyBankNeverImportsTwiceAndALaterRunCompletesTheImport() throws Exception {
        SandboxFlow.Connected link = connect("flaky_bank", "f1a4e001", null);
        JsonObject run = awaitRun(fetch(link.linkId()));
        int failed = 0;
        for (int attempt = 0; attempt < 8 && !run.getString("state").equals("done"); attempt++) {
            assertEquals("failed", run.getString("state"), run.toString());
            failed++;
            run = fetchAndWait(link.linkId());
        }
        assertEquals("done", run.getString("state"), "a later run completes: " + run);
        assertImportedExactly(link);
        if (failed > 0) {
            assertTrue(chatterBodies(link.linkId()).stream().anyMatch(b -> b.contains("next run")),
                    "each failed run says so in the chatter");
        }
    }

    @Test
    void aPageThatCannotBeWrittenLosesNothingAndTheNextRunImportsEachTransactionOnce() throws Exception {
        SandboxFlow.Connected link = connect("sandbox_bank", "c4a5e001", null);
        awaitRun(fetch(link.linkId()));
        control(link.clientId(), "advance", "{\"days\": 40}");
        JsonObject account = report(link.clientId()).getJsonArray("accounts").getJsonObject(0);
        List<String> ids = account.getJsonArray("posted_identifiers").getValuesAs(JsonString::getString);
        String poisoned = ids.get(ids.size() - 20);
        try (Connection c = Deployed.database(); Statement s = c.createStatement()) {
            s.execute("alter table statement_line add constraint it_crash check (online_transaction_identifier <> '" + poisoned + "')");
        }
        JsonObject crashed;
        try {
            crashed = fetchAndWait(link.linkId());
        } finally {
            try (Connection c = Deployed.database(); Statement s = c.createStatement()) {
                s.execute("alter table statement_line drop constraint it_crash");
            }
        }
        assertEquals("failed", crashed.getString("state"), crashed.toString());
        assertEquals("error", SandboxFlow.link(link.linkId()).getString("state"));
        JsonObject resumed = fetchAndWait(link.linkId());
        assertEquals("done", resumed.getString("state"), resumed.toString());
        assertEquals("connected", SandboxFlow.link(link.linkId()).getString("state"), "the next good run reconnects");
        assertImportedExactly(link);
    }

    @Test
    void nothingOnOrBeforeTheLockDateAndStatementsFollowThePeriodicity() throws Exception {
        LocalDate lock = LocalDate.now().minusDays(200);
        setLockDate(lock);
        try {
            SandboxFlow.Connected link = connect("sandbox_bank", "10c4d001", null);
            assertEquals("done", awaitRun(fetch(link.linkId())).getString("state"));
            List<Line> lines = lines(link.linkId());
            assertFalse(lines.isEmpty());
            for (Line line : lines) {
                assertTrue(line.date().isAfter(lock), "no line on or before the lock date: " + line);
                assertNotNull(line.statementId(), "monthly statements by default");
            }
            try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                    "select l.date, s.period_start, s.period_end from statement_line l join bank_statement s"
                            + " on s.id = l.statement_id where l.online_link_id = ?")) {
                ps.setLong(1, link.linkId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate date = rs.getDate(1).toLocalDate();
                        assertEquals(date.withDayOfMonth(1), rs.getDate(2).toLocalDate());
                        assertEquals(date.withDayOfMonth(date.lengthOfMonth()), rs.getDate(3).toLocalDate());
                    }
                }
            }
        } finally {
            setLockDate(null);
        }
    }

    @Test
    void theChosenStartDateBoundsTheFirstImport() throws Exception {
        LocalDate start = LocalDate.now().minusDays(30);
        SandboxFlow.Connected link = connect("sandbox_bank", "57a7d001", start.toString());
        assertEquals("done", awaitRun(fetch(link.linkId())).getString("state"));
        for (Line line : lines(link.linkId())) {
            if (!line.id().startsWith("opening-balance")) {
                assertFalse(line.date().isBefore(start), "nothing before the chosen start date: " + line);
            }
        }
        assertBalancesMatch(link);
    }

    /** After a full sandbox run and a renewed access token: the tokens are in no answer, no log, no column in clear. */
    @Test
    void noTokenReachesAnAnswerTheChatterTheLogOrTheDatabaseInClear() throws Exception {
        SandboxFlow.Connected link = connect("sandbox_bank", "5ec7e001", null);
        awaitRun(fetch(link.linkId()));
        control(link.clientId(), "expire-access-token", null);
        JsonObject run = fetchAndWait(link.linkId());
        assertEquals("done", run.getString("state"), "an expired access token is renewed");
        long journal = SandboxFlow.link(link.linkId()).getJsonArray("accounts").getJsonObject(0).getJsonNumber("journal_id").longValue();
        List<String> places = new ArrayList<>();
        for (String path : List.of("/online-links", "/online-links/" + link.linkId(), "/online-links/" + link.linkId() + "/messages",
                "/online-links/" + link.linkId() + "/runs", "/online-links/" + link.linkId() + "/messages/verify",
                "/online-links/" + link.linkId() + "/messages/export?format=csv", "/sync-runs/" + run.getJsonNumber("id").longValue(),
                "/journals", "/journals/" + journal + "/statement-lines?size=1000", "/users")) {
            places.add(Deployed.get("/api/v1" + path, ADMIN, adminPassword()).body());
        }
        places.addAll(chatterBodies(link.linkId()));
        places.add(Deployed.serverLog());
        places.add(databaseDump());
        for (Secret token : SandboxFlow.tokens(link.linkId())) {
            for (String place : places) {
                assertFalse(place.contains(token.reveal()), "a token leaked");
            }
        }
    }

    /** Every value of every table of the module's schema, as text. */
    private static String databaseDump() throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection c = Deployed.database()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.size() > 10, "the module's tables: " + tables);
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select * from " + table)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                dump.append(rs.getString(i)).append('\t');
                            }
                        }
                    }
                }
            }
        }
        return dump.toString();
    }

    @Test
    void theSchedulerSynchronizesADueLinkUnattended() throws Exception {
        SandboxFlow.Connected link = connect("sandbox_bank", "71e40001", LocalDate.now().minusDays(10).toString());
        awaitRun(fetch(link.linkId()));
        control(link.clientId(), "advance", "{\"days\": 2}");
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                "update online_link set next_refresh = ? where id = ?")) {
            ps.setObject(1, java.time.OffsetDateTime.now().minusMinutes(1));
            ps.setLong(2, link.linkId());
            ps.executeUpdate();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        String timerRun = null;
        while (timerRun == null && System.currentTimeMillis() < deadline) {
            SandboxFlow.sleep(500);
            try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                    "select state from sync_run where link_id = ? and run_trigger = 'TIMER' and state in ('DONE', 'FAILED')")) {
                ps.setLong(1, link.linkId());
                try (ResultSet rs = ps.executeQuery()) {
                    timerRun = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        assertEquals("DONE", timerRun, "a timer run went through");
        assertTrue(SandboxFlow.link(link.linkId()).getString("next_refresh").compareTo(java.time.Instant.now().toString()) > 0,
                "the next refresh is planned again");
        assertBalancesMatch(link);
    }

    /** Posted identifiers of the sandbox = the link's lines, once each, amounts exact, balances equal. */
    private static void assertImportedExactly(SandboxFlow.Connected link) throws SQLException {
        JsonObject report = report(link.clientId());
        Map<String, Line> byId = new HashMap<>();
        List<Line> lines = lines(link.linkId());
        for (Line line : lines) {
            if (!line.id().startsWith("opening-balance")) { // one per account, so several per link
                assertEquals(null, byId.put(line.id(), line), "imported twice: " + line.id());
            }
        }
        Map<String, SandboxTransaction> expected = expectedPosted(link.clientId(), report);
        Set<String> pending = new HashSet<>();
        for (JsonValue account : report.getJsonArray("accounts")) {
            pending.addAll(account.asJsonObject().getJsonArray("pending_identifiers").getValuesAs(JsonString::getString));
        }
        Set<String> imported = new HashSet<>(byId.keySet());
        imported.removeIf(id -> id.startsWith("opening-balance"));
        assertEquals(expected.keySet(), imported, "every posted transaction, nothing else");
        for (String p : pending) {
            assertFalse(byId.containsKey(p), "a pending transaction became a line: " + p);
        }
        for (SandboxTransaction t : expected.values()) {
            Line line = byId.get(t.identifier());
            assertEquals(0, t.amount().compareTo(line.amount()), "amount of " + t.identifier());
            assertEquals(t.date(), line.date());
            if (t.foreignCurrencyCode() != null) {
                assertEquals(t.foreignCurrencyCode(), line.foreignCurrency());
                assertEquals(0, t.amountCurrency().compareTo(line.amountCurrency()), "foreign amount of " + t.identifier());
            }
        }
        assertBalancesMatch(link);
    }

    /** The journal of each account holds exactly the bank's balance. */
    private static void assertBalancesMatch(SandboxFlow.Connected link) throws SQLException {
        for (JsonValue value : report(link.clientId()).getJsonArray("accounts")) {
            JsonObject account = value.asJsonObject();
            try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                    "select coalesce(sum(l.amount), 0) from statement_line l join online_account a on a.journal_id = l.journal_id"
                            + " where a.link_id = ? and a.online_identifier = ?")) {
                ps.setLong(1, link.linkId());
                ps.setString(2, account.getString("online_identifier"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(0, new BigDecimal(account.getString("balance")).compareTo(rs.getBigDecimal(1)),
                            "journal balance of " + account.getString("online_identifier"));
                }
            }
        }
    }

    /** The sandbox's posted transactions, computed from the link's seed and creation day as the sandbox does. */
    private static Map<String, SandboxTransaction> expectedPosted(String clientId, JsonObject report) {
        String[] parts = clientId.split("\\.");
        Bank bank = Bank.byId(parts[1]).orElseThrow();
        long seed = Long.parseUnsignedLong(parts[2], 16);
        LocalDate created = LocalDate.ofEpochDay(Long.parseLong(parts[3]));
        LocalDate today = LocalDate.parse(report.getString("today"));
        Map<String, SandboxTransaction> expected = new HashMap<>();
        for (AccountHistory history : AccountHistory.of(bank, seed, created, 1000)) {
            for (long i = 0; i < history.postedCount(today); i++) {
                SandboxTransaction t = history.posted(i);
                expected.put(t.identifier(), t);
            }
        }
        return expected;
    }

    static List<Line> lines(long linkId) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                "select online_transaction_identifier, date, amount, foreign_currency_code, amount_currency, statement_id,"
                        + " journal_id from statement_line where online_link_id = ?")) {
            ps.setLong(1, linkId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Number statement = (Number) rs.getObject(6);
                    lines.add(new Line(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getString(4),
                            rs.getBigDecimal(5), statement == null ? null : statement.longValue(), rs.getLong(7)));
                }
            }
        }
        return lines;
    }

    static List<String> chatterBodies(long linkId) throws SQLException {
        List<String> bodies = new ArrayList<>();
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement(
                "select body from chatter_message where record_type = 'online_link' and record_id = ? order by id")) {
            ps.setLong(1, linkId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bodies.add(rs.getString(1));
                }
            }
        }
        return bodies;
    }

    private static void setLockDate(LocalDate lock) throws SQLException {
        try (Connection c = Deployed.database(); PreparedStatement ps = c.prepareStatement("update company set lock_date = ? where id = 1")) {
            ps.setObject(1, lock);
            ps.executeUpdate();
        }
    }
}
