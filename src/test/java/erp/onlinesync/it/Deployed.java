package erp.onlinesync.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What every integration test needs of the deployed module: the packaged WAR as the deployment (the
 * tests check what ships, not a hand-picked archive), its URL, an HTTP client that signs in with
 * Basic, JSON parsing, and a JDBC connection to the same database the server uses.
 */
public final class Deployed {

    public static final String ADMIN = "admin";
    public static final String CONTEXT = "/onlinesync";

    private Deployed() {
    }

    public static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "onlinesync.war")
                .importFrom(new File(System.getProperty("it.war"))).as(WebArchive.class);
    }

    public static String adminPassword() {
        return System.getProperty("it.admin.password");
    }

    /** @return e.g. {@code http://localhost:18080} */
    public static String origin() {
        return "http://localhost:" + System.getProperty("it.port");
    }

    public static URI uri(String pathInContext) {
        return URI.create(origin() + CONTEXT + pathInContext);
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET with Basic credentials (none when {@code user} is null). */
    public static HttpResponse<String> get(String pathInContext, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathInContext)).GET();
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return send(b.build());
    }

    /** POST of a JSON body with Basic credentials. */
    public static HttpResponse<String> postJson(String pathInContext, String json, String user, String password) {
        return send(HttpRequest.newBuilder(uri(pathInContext)).header("Content-Type", "application/json")
                .header("Authorization", basic(user, password)).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client().send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    /** A connection to the server's own database (H2 runs with AUTO_SERVER, so a second process may open it). */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.ds.url"), System.getProperty("it.ds.user"), "");
    }

    /**
     * @return the first column of the query's first row, or null when there is no row
     * @throws IllegalStateException when the database refuses the query
     */
    public static Object value(String query, Object... params) {
        try (Connection c = database(); PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** @return every row of the query, one line each, its columns separated by " | " (for failure messages) */
    public static String rows(String query, Object... params) {
        try (Connection c = database(); PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    out.append('\n');
                    for (int i = 1; i <= columns; i++) {
                        out.append(i > 1 ? " | " : "").append(rs.getObject(i));
                    }
                }
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** @return the query's first column of its first row as a number, 0 when there is no row */
    public static long number(String query, Object... params) {
        return value(query, params) instanceof Number n ? n.longValue() : 0;
    }

    /** Runs an update or DDL statement on the server's database. */
    public static void execute(String statement, Object... params) {
        try (Connection c = database(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** The server's log file (Payara Micro's --logtofile adds {@code .0}), for tests that look for what must never be logged. */
    public static String serverLog() {
        try {
            return Files.readString(Path.of(System.getProperty("it.data.dir"), "server.log.0"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
