package erp.onlinesync.infrastructure.proxy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A {@link ProxyTransport} that answers from a script, in order, and records what was sent. A
 * scripted {@code null} answer stands for "no answer" and throws a {@link TransportFault}.
 */
final class FakeTransport implements ProxyTransport {

    /** One request as the transport received it. */
    record Sent(String path, Map<String, String> headers, String body) {
    }

    /** The scripted stand-in for "no answer". */
    private static final RawAnswer TIMEOUT = new RawAnswer(-1, null, null);

    private final Deque<RawAnswer> script = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();

    /** Queues an HTTP 200 with this body. */
    FakeTransport ok(String body) {
        return answer(new RawAnswer(200, null, body));
    }

    FakeTransport answer(RawAnswer answer) {
        script.add(answer);
        return this;
    }

    FakeTransport status(int status) {
        return answer(new RawAnswer(status, null, ""));
    }

    /** Queues a connect or read timeout. */
    FakeTransport timeout() {
        script.add(TIMEOUT);
        return this;
    }

    @Override
    public RawAnswer post(String contractPath, Map<String, String> headers, String body) {
        sent.add(new Sent(contractPath, Map.copyOf(headers), body));
        if (script.isEmpty()) {
            throw new AssertionError("unexpected call to " + contractPath);
        }
        RawAnswer answer = script.poll();
        if (answer == TIMEOUT) {
            throw new TransportFault("No answer from the proxy to " + contractPath,
                    new java.net.SocketTimeoutException("Read timed out"));
        }
        return answer;
    }

    List<Sent> sent() {
        return sent;
    }

    Sent last() {
        return sent.get(sent.size() - 1);
    }
}
