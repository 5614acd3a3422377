package erp.onlinesync.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every integration-test run an empty database before the first server starts, so a run never
 * depends on what an earlier one left: the H2 folder is deleted, the PostgreSQL schema named by the
 * URL's {@code currentSchema} dropped and created again (nothing else of the shared {@code test}
 * database is touched, so runs with other schemas can go on side by side). Does nothing in a
 * unit-test run (no {@code it.db} property).
 */
public class FreshDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String db = System.getProperty("it.db");
        if ("h2".equals(db)) {
            deleteTree(Path.of(System.getProperty("it.data.dir")));
        } else if ("postgres".equals(db)) {
            deleteTree(Path.of(System.getProperty("it.data.dir")));
            String url = System.getProperty("it.ds.url");
            try (Connection c = DriverManager.getConnection(url.substring(0, url.indexOf('?')), System.getProperty("it.ds.user"), "");
                    Statement s = c.createStatement()) {
                String schema = schemaOf(url);
                s.execute("drop schema if exists " + schema + " cascade");
                s.execute("create schema " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + url + " is not reachable: " + e.getMessage(), e);
            }
        }
    }

    private static String schemaOf(String url) {
        Matcher m = Pattern.compile("currentSchema=(\\w+)").matcher(url);
        if (!m.find()) {
            throw new IllegalStateException("it.pg.url names no currentSchema: " + url);
        }
        return m.group(1);
    }

    /** Empties the folder and makes it again: Payara Micro's --logtofile writes no log into a missing folder. */
    private static void deleteTree(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
