package erp.onlinesync.infrastructure.ponto;

import erp.onlinesync.infrastructure.proxy.RawAnswer;
import erp.onlinesync.infrastructure.proxy.TransportFault;
import erp.onlinesync.sandbox.ponto.PontoConnectFake;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter's transport over the sandbox's {@link PontoConnectFake}, in memory: the same fake the WAR serves,
 * so the unit tests and the ITs agree on the wire. Records each request; can fail the next ones with a 5xx or
 * no answer.
 */
final class FakePontoTransport implements PontoTransport {

    static final String BASE = "https://ponto.test/ponto-connect";

    /** A request as sent. */
    record Sent(String method, URI uri, Map<String, String> headers, String body) {
    }

    final PontoConnectFake fake;
    final List<Sent> sent = new ArrayList<>();
    private final List<Integer> failures = new ArrayList<>();

    FakePontoTransport(PontoConnectFake fake) {
        this.fake = fake;
    }

    /** The next requests answer these statuses (0: no answer at all), then the fake answers again. */
    void failNext(Integer... statuses) {
        failures.addAll(List.of(statuses));
    }

    @Override
    public RawAnswer send(String method, URI uri, Map<String, String> headers, String body) {
        sent.add(new Sent(method, uri, headers, body));
        if (!failures.isEmpty()) {
            int status = failures.remove(0);
            if (status == 0) {
                throw new TransportFault("no answer", null);
            }
            return new RawAnswer(status, null, "");
        }
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
            }
        }
        String path = uri.getPath().substring(URI.create(BASE).getPath().length());
        PontoConnectFake.Reply reply = fake.handle(method, path, query, headers.get("Authorization"), body);
        return new RawAnswer(reply.status(), reply.retryAfter(), reply.body());
    }
}
