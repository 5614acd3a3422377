package erp.onlinesync.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read of the server's {@code /metrics} (Prometheus text), and the sum of a metric's series that
 * carry the given labels: enough to see a counter move without a Prometheus client in the tests.
 */
final class Scrape {

    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})?\\s+(\\S+).*$");

    final String text;

    private Scrape(String text) {
        this.text = text;
    }

    static Scrape now() {
        var r = Deployed.send(HttpRequest.newBuilder(URI.create(Deployed.origin() + "/metrics?scope=application")).GET().build());
        if (r.statusCode() != 200) {
            throw new AssertionError("GET /metrics answered " + r.statusCode() + ": " + r.body());
        }
        return new Scrape(r.body());
    }

    /** @param labels {@code name="value"} pairs every counted series must carry */
    double sum(String metric, String... labels) {
        double total = 0;
        for (String line : text.split("\n")) {
            Matcher m = SERIES.matcher(line);
            if (m.matches() && m.group(1).equals(metric)
                    && Arrays.stream(labels).allMatch(l -> m.group(3) != null && Arrays.asList(m.group(3).split(",")).contains(l))) {
                total += Double.parseDouble(m.group(4));
            }
        }
        return total;
    }

    /** @return true when a series of that name is served */
    boolean has(String metric) {
        return text.lines().anyMatch(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "));
    }
}
