package erp.onlinesync.infrastructure.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transport faults of contract section 1: what is retried, how long it waits, what it throws. */
class TransportRetryTest {

    private static final String PATH = ProxyRestClient.ACCOUNTS;
    private static final String OK = "{\"result\":{\"accounts\":[]}}";
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4));

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final FakeTransport transport = new FakeTransport();
    private final List<Duration> sleeps = new ArrayList<>();
    private final TransportRetry retry = new TransportRetry(transport, sleeps::add, CLOCK);

    @Test
    void honoursRetryAfterOf429() {
        transport.answer(new RawAnswer(429, "7", "")).ok(OK);

        assertEquals(envelope(), send());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }

    @Test
    void aLowerLongestWaitSleepsThroughLessAndShortensTheLongestSend() {
        transport.answer(new RawAnswer(429, "5", ""));
        TransportRetry impatient = new TransportRetry(transport, sleeps::add, CLOCK, Duration.ofSeconds(4));

        ProxyException e = assertThrows(ProxyException.class, () -> impatient.send(PATH, Map::of, "{}"));
        assertEquals(NOW.plusSeconds(5), e.retryAfter(), "the run waits without a thread instead");
        assertEquals(List.of(), sleeps);
        assertEquals(Duration.ofSeconds(4 * 3 + 3 * 4), TransportRetry.longestSend(Duration.ofSeconds(3), Duration.ofSeconds(4)));
        assertEquals(Duration.ofSeconds(4 * 70 + 3 * 60), TransportRetry.longestSend(Duration.ofSeconds(70), TransportRetry.MAX_WAIT));
    }

    @Test
    void backsOffWhenA429GivesNoUsableRetryAfter() {
        transport.answer(new RawAnswer(429, null, "")).answer(new RawAnswer(429, "Wed, 21 Oct 2026 07:28:00 GMT", ""))
                .ok(OK);

        send();
        assertEquals(BACKOFF.subList(0, 2), sleeps);
    }

    @Test
    void doesNotSleepThroughALongRetryAfterButSaysWhenToComeBack() {
        transport.answer(new RawAnswer(429, "3600", ""));

        ProxyException e = assertThrows(ProxyException.class, this::send);
        assertEquals(ProxyFailure.TRANSPORT, e.failure());
        assertEquals(NOW.plusSeconds(3600), e.retryAfter());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void retries5xxThenSucceeds() {
        transport.status(503).status(500).ok(OK);

        assertEquals(envelope(), send());
        assertEquals(BACKOFF.subList(0, 2), sleeps);
        assertEquals(3, transport.sent().size());
    }

    @Test
    void givesUpOn5xxAfterThreeRetries() {
        transport.status(502).status(503).status(504).status(500);

        ProxyException e = assertThrows(ProxyException.class, this::send);
        assertEquals(ProxyFailure.TRANSPORT, e.failure());
        assertNull(e.retryAfter());
        assertEquals(BACKOFF, sleeps);
        assertEquals(4, transport.sent().size());
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
    }

    @Test
    void retriesATimeout() {
        transport.timeout().timeout().ok(OK);

        assertEquals(envelope(), send());
        assertEquals(BACKOFF.subList(0, 2), sleeps);
    }

    @Test
    void givesUpOnTimeoutsAsTransport() {
        transport.timeout().timeout().timeout().timeout();

        assertEquals(ProxyFailure.TRANSPORT, assertThrows(ProxyException.class, this::send).failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "<html>Bad gateway</html>", "{\"result\":", "[1,2]", "\"text\"", "{}",
        "{\"data\":{}}", "{\"result\":null}", "{\"result\":[]}", "{\"error\":\"boom\"}"})
    void retriesThenRefusesABodyThatIsNotAnEnvelope(String body) {
        for (int i = 0; i <= TransportRetry.MAX_RETRIES; i++) {
            transport.ok(body);
        }

        assertEquals(ProxyFailure.MALFORMED_ANSWER, assertThrows(ProxyException.class, this::send).failure());
        assertEquals(BACKOFF, sleeps);
    }

    @Test
    void recoversFromAMalformedBodyOnRetry() {
        transport.ok("not json").ok(OK);

        assertEquals(envelope(), send());
    }

    @Test
    void failsAtOnceOnAnUnexpectedStatus() {
        transport.status(404);

        ProxyException e = assertThrows(ProxyException.class, this::send);
        assertEquals(ProxyFailure.TRANSPORT, e.failure());
        assertTrue(e.getMessage().contains("404"), e.getMessage());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void computesTheHeadersAgainForEveryAttempt() {
        transport.status(503).ok(OK);
        AtomicInteger calls = new AtomicInteger();

        retry.send(PATH, () -> Map.of("X-Attempt", Integer.toString(calls.incrementAndGet())), "{}");

        assertEquals("1", transport.sent().get(0).headers().get("X-Attempt"));
        assertEquals("2", transport.sent().get(1).headers().get("X-Attempt"));
    }

    @Test
    void stopsWhenInterruptedWhileWaiting() {
        transport.status(503);
        TransportRetry interrupted = new TransportRetry(transport, d -> {
            throw new InterruptedException();
        }, CLOCK);

        try {
            ProxyException e = assertThrows(ProxyException.class, () -> interrupted.send(PATH, Map::of, "{}"));
            assertEquals(ProxyFailure.TRANSPORT, e.failure());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    private static JsonObject envelope() {
        return Json.createReader(new StringReader(OK)).readObject();
    }

    private Object send() {
        return retry.send(PATH, Map::of, "{}");
    }
}
