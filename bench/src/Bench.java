package bench;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The module's figures against their baselines, each measured side by side in one run on this
 * machine (see bench/README.md): P1 import against a bare JDBC batch insert, P2 heap during P1, P3
 * statement-line pages at N lines, P5 cold start against an empty WAR, P6 API calls with Basic and with
 * a session. P4 is {@code ClusterIT} with {@code -Dcluster.links}. Prints each figure and writes
 * {@code bench/RESULTS.md}.
 */
public final class Bench {

    private static final String PASSWORD = "bench-admin-password-1";
    private static final String PG = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("bench.pg.user", "postgres");
    private static final long N = Long.getLong("bench.n", 1_000_000);
    private static final long N_H2 = Long.getLong("bench.h2.n", 200_000);
    private static final int PAGE = Integer.getInteger("bench.page", 1_000);
    private static final String XMX = System.getProperty("bench.xmx", "256m");
    private static final Set<String> STEPS = Set.of(System.getProperty("bench.steps", "p5,p1pg,p3,p6,p1h2").split(","));
    private static final int PORT = 18290;
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Path target = Path.of("target");
    private final Path out = target.resolve("bench");
    private final Path micro = target.resolve("payara-micro.jar");
    private final Path war = target.resolve("onlinesync.war");
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        if (STEPS.contains("p5")) {
            coldStart();
        }
        if (STEPS.contains("p1pg") || STEPS.contains("p3") || STEPS.contains("p6")) {
            postgres();
        }
        if (STEPS.contains("p1h2")) {
            h2();
        }
        writeResults();
    }

    // P1, P2, P3, P6 on one server over PostgreSQL
    private void postgres() throws Exception {
        reset("bench_module");
        reset("bench_bare");
        Path dir = out.resolve("pg");
        String url = PG + "?currentSchema=bench_module";
        try (Node node = module(dir, url, PG_USER, N)) {
            ModuleApi api = new ModuleApi("http://localhost:" + PORT + "/onlinesync", "admin", PASSWORD);
            Import imported = importBigBank(api, "PostgreSQL", N);
            Duration bare = BareInsert.run(PG + "?currentSchema=bench_bare&reWriteBatchedInserts=true", PG_USER, imported.lines,
                    PAGE, references(url, PG_USER, "bench_module."));
            compareImport("PostgreSQL", imported, bare);
            heap(dir.resolve("gc.log"));
            if (STEPS.contains("p3")) {
                vacuum();
                pages(api, imported.journalId, url);
            }
            if (STEPS.contains("p6")) {
                basicAgainstSession(api);
            }
        }
    }

    private void h2() throws Exception {
        Path dir = out.resolve("h2");
        deleteTree(dir);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/onlinesync")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Import imported;
        try (Node node = module(dir, url, "sa", N_H2)) {
            imported = importBigBank(new ModuleApi("http://localhost:" + PORT + "/onlinesync", "admin", PASSWORD), "H2", N_H2);
        }
        // the server holds the file while it runs: the baseline writes into the same database after it stopped
        Duration bare = BareInsert.run(url, "sa", imported.lines, PAGE, references(url, "sa", ""));
        compareImport("H2", imported, bare);
    }

    private Node module(Path dir, String url, String user, long bigBankSize) throws Exception {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("ds.url", url);
        props.put("ds.user", user);
        props.put("sync.data-dir", dir.toAbsolutePath().toString());
        props.put("sync.bootstrap-admin-password", PASSWORD);
        props.put("sync.proxy.url", "http://localhost:" + PORT + "/onlinesync/sandbox");
        props.put("sync.sandbox.enabled", "true");
        props.put("sync.sandbox.allow-with-external-db", "true");
        props.put("sync.sandbox.big-bank-size", String.valueOf(bigBankSize));
        props.put("sync.sandbox.big-bank-page-size", String.valueOf(PAGE));
        props.put("mp.health.default.readiness.empty.response", "DOWN");
        Node node = Node.start(micro, war, "onlinesync", PORT, dir, List.of("-Xmx" + XMX,
                "-Xlog:gc:file=" + dir.toAbsolutePath().resolve("gc.log")), props);
        node.awaitReady(URI.create("http://localhost:" + PORT + "/health/ready"), Duration.ofMinutes(3));
        node.awaitReady(URI.create("http://localhost:" + PORT + "/onlinesync/login.xhtml"), Duration.ofMinutes(1));
        return node;
    }

    private record Import(long lines, Duration took, long journalId) {
    }

    private Import importBigBank(ModuleApi api, String db, long size) throws Exception {
        long link = api.connectBigBank();
        JsonObject run = api.awaitRun(api.fetch(link), Duration.ofHours(1));
        if (!run.getString("state").equals("done")) {
            throw new IllegalStateException("the import failed: " + run);
        }
        Duration took = Duration.between(Instant.parse(run.getString("started_at")), Instant.parse(run.getString("ended_at")));
        long journal = api.link(link).getJsonArray("accounts").getJsonObject(0).getJsonNumber("journal_id").longValue();
        long lines = run.getInt("imported");
        System.out.printf(Locale.ROOT, "P1 %s: imported %,d of Big Bank's %,d transactions in %.1f s%n", db, lines, size, seconds(took));
        return new Import(lines, took, journal);
    }

    private void compareImport(String db, Import module, Duration bare) {
        double moduleRate = module.lines / seconds(module.took);
        double bareRate = module.lines / seconds(bare);
        double ratio = moduleRate / bareRate;
        String line = String.format(Locale.ROOT, "%,d lines: module %.1f s = %,.0f rows/s; bare JDBC batch insert %.1f s = %,.0f rows/s;"
                + " ratio %.0f %%", module.lines, seconds(module.took), moduleRate, seconds(bare), bareRate, ratio * 100);
        System.out.println("P1 " + db + ": " + line);
        rows.add(row("P1 import into " + db + " (pages of " + PAGE + ")", line,
                db.equals("PostgreSQL") ? "≥ 50 % of the bare insert" : "(no target on H2)",
                db.equals("PostgreSQL") ? verdict(ratio >= 0.5) : "-"));
    }

    /** P2: the heap the collector found before (peak) and left after (live) each collection, during the whole run. */
    private void heap(Path gcLog) throws IOException {
        long peak = 0;
        long live = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            // only collections: a concurrent cycle's remark and cleanup free nothing to speak of
            if ((line.contains("Pause Young") || line.contains("Pause Full")) && m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                live = Math.max(live, Long.parseLong(m.group(2)));
            }
        }
        String line = String.format(Locale.ROOT, "-Xmx%s: peak %d MB used before a collection, at most %d MB left after one", XMX, peak, live);
        System.out.println("P2: " + line);
        rows.add(row("P2 heap during P1 on PostgreSQL (GC log)", line, "< 256 MB with -Xmx256m", verdict(peak < 256)));
    }

    /** P3: what an accountant's page of 100 lines costs at the start, middle and end, and for one month, both orders. */
    private void pages(ModuleApi api, long journal, String url) throws Exception {
        api.login();
        long count = count(url, "select count(*) from statement_line where journal_id = " + journal);
        long lastPage = (count - 1) / 100;
        LocalDate newest = LocalDate.now();
        YearMonth month = YearMonth.from(newest.minusDays(900));
        String oneMonth = "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        Map<String, String> queries = new LinkedHashMap<>();
        for (String order : List.of("asc", "desc")) {
            queries.put("first page, " + order, "page=0&order=" + order);
            queries.put("middle page, " + order, "page=" + lastPage / 2 + "&order=" + order);
            queries.put("last page, " + order, "page=" + lastPage + "&order=" + order);
            queries.put("one month, " + order, "page=0&order=" + order + oneMonth);
        }
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            String path = "/api/v1/journals/" + journal + "/statement-lines?size=100&" + q.getValue();
            double[] ms = times(() -> {
                var r = api.get(path, false);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + " for " + path + ": " + r.body());
                }
            }, 5, 40);
            double p50 = percentile(ms, 50);
            double p95 = percentile(ms, 95);
            worst = Math.max(worst, p95);
            String line = String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms", q.getKey(), p50, p95);
            System.out.println("P3 " + line);
            detail.append(detail.length() == 0 ? "" : "; ").append(line);
        }
        rows.add(row(String.format(Locale.ROOT, "P3 lines page of 100 at %,d lines (session, loopback)", count),
                detail.toString(), "p95 < 100 ms for every query", verdict(worst < 100)));
    }

    /** P6: the same small call with Basic on every request and with the login session, in alternating blocks. */
    private void basicAgainstSession(ModuleApi api) throws Exception {
        api.login();
        String path = "/api/v1/online-links";
        long basicNanos = 0;
        long sessionNanos = 0;
        int calls = 0;
        for (int round = 0; round < 4; round++) {
            basicNanos += block(api, path, true, 150);
            sessionNanos += block(api, path, false, 150);
            calls += 150;
        }
        double basicRate = calls / (basicNanos / 1e9);
        double sessionRate = calls / (sessionNanos / 1e9);
        double ratio = Math.max(basicRate, sessionRate) / Math.min(basicRate, sessionRate);
        String line = String.format(Locale.ROOT, "GET %s: Basic %,.0f calls/s (%.2f ms each), session %,.0f calls/s (%.2f ms each), %.2f×",
                path, basicRate, 1e3 / basicRate, sessionRate, 1e3 / sessionRate, ratio);
        System.out.println("P6: " + line);
        rows.add(row("P6 API calls, Basic against session", line, "within 2× of each other", verdict(ratio <= 2)));
    }

    private static long block(ModuleApi api, String path, boolean basic, int calls) throws Exception {
        api.get(path, basic); // warm
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            var r = api.get(path, basic);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " for " + path);
            }
        }
        return System.nanoTime() - started;
    }

    /** P5: time to ready of the module (fresh H2) against an empty WAR on the same Micro, alternating, twice each. */
    private void coldStart() throws Exception {
        Path empty = emptyWar();
        List<Double> emptyTimes = new ArrayList<>();
        List<Double> moduleTimes = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            Path dir = out.resolve("start-empty-" + round);
            deleteTree(dir);
            try (Node node = Node.start(micro, empty, "empty", PORT, dir, List.of("-Xmx" + XMX), Map.of())) {
                emptyTimes.add(seconds(node.awaitReady(URI.create("http://localhost:" + PORT + "/empty/index.html"),
                        Duration.ofMinutes(3))));
            }
            dir = out.resolve("start-module-" + round);
            deleteTree(dir);
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/onlinesync")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            Map<String, String> props = Map.of("ds.url", url, "ds.user", "sa", "sync.data-dir", dir.toAbsolutePath().toString(),
                    "sync.bootstrap-admin-password", PASSWORD, "sync.sandbox.enabled", "true",
                    "mp.health.default.readiness.empty.response", "DOWN");
            try (Node node = Node.start(micro, war, "onlinesync", PORT, dir, List.of("-Xmx" + XMX), props)) {
                moduleTimes.add(seconds(node.awaitReady(URI.create("http://localhost:" + PORT + "/health/ready"),
                        Duration.ofMinutes(3))));
            }
        }
        double ratio = Collections.min(moduleTimes) / Collections.min(emptyTimes);
        String line = String.format(Locale.ROOT, "empty WAR %s s, module (fresh H2, migrations included) %s s; best against best %.2f×",
                join(emptyTimes), join(moduleTimes), ratio);
        System.out.println("P5: " + line);
        rows.add(row("P5 cold start to ready", line, "within 1.5× of the empty WAR", verdict(ratio <= 1.5)));
    }

    private Path emptyWar() throws IOException {
        Path file = out.resolve("empty.war");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><title>empty</title>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private interface Call {
        void run() throws Exception;
    }

    private static double[] times(Call call, int warmups, int measured) throws Exception {
        for (int i = 0; i < warmups; i++) {
            call.run();
        }
        double[] ms = new double[measured];
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        return ms;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1];
    }

    private static void reset(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG, PG_USER, ""); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
    }

    /** After a bulk load PostgreSQL's autovacuum sets the visibility map in its own time; here it is done at once. */
    private static void vacuum() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG + "?currentSchema=bench_module", PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute("vacuum analyze statement_line");
        }
    }

    /** The one statement, journal, account and link Big Bank's import created. */
    private static BareInsert.References references(String url, String user, String tables) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select min(s.id), a.journal_id, a.id, a.link_id from online_account a"
                        + " join bank_statement s on s.journal_id = a.journal_id where a.journal_id is not null"
                        + " group by a.journal_id, a.id, a.link_id")) {
            rs.next();
            return new BareInsert.References(tables, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    private static long count(String url, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PG_USER, ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void writeResults() throws IOException {
        Path results = Path.of("bench", "RESULTS.md");
        String earlier = Files.exists(results) ? Files.readString(results) : "# Benchmark results\n";
        int cut = earlier.indexOf("\n## ");
        String kept = cut < 0 ? "" : earlier.substring(cut + 1);
        kept = kept.replaceAll("(?s)## Import, pages, start and API calls.*?(?=\n## |\\z)", "").strip();
        StringBuilder text = new StringBuilder("# Benchmark results\n\n");
        text.append("## Import, pages, start and API calls — ").append(LocalDate.now()).append("\n\n");
        text.append("Command (from the project folder): `bench/run.sh").append(System.getProperty("bench.args", "")).append("`  \n");
        text.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", load average before the run ").append(load())
                .append("; Payara Micro 6.2025.10; PostgreSQL at ").append(PG).append(".\n\n");
        text.append("| figure | measured | target | |\n|---|---|---|---|\n");
        rows.forEach(r -> text.append(r).append('\n'));
        text.append("\n").append(System.getProperty("bench.notes", "")).append("\n");
        if (!kept.isEmpty()) {
            text.append("\n").append(kept).append('\n');
        }
        Files.writeString(results, text.toString());
        System.out.println("written: " + results);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String row(String figure, String measured, String target, String verdict) {
        return "| " + figure + " | " + measured + " | " + target + " | " + verdict + " |";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String join(List<Double> values) {
        return String.join(" / ", values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
