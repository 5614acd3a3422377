package erp.onlinesync.infrastructure.proxy;

import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Sends one proxy call through a {@link ProxyTransport} and survives the transport faults of the
 * contract (section 1): HTTP 429, HTTP 5xx, no answer (connect or read timeout), and an HTTP 200
 * whose body is not a JSON object holding a {@code result} or an {@code error} object. Each is
 * retried up to {@value #MAX_RETRIES} times, after 1 s, 2 s, 4 s (exponential backoff), or after the
 * seconds of a 429's {@code Retry-After} when it gives them. Any other HTTP status fails at once:
 * retrying a 404 or a 401 (a wrong {@code sync.proxy.url}) only delays the message.
 * <p>
 * Why not MicroProfile Fault Tolerance {@code @Retry}: FT 4.0 (MicroProfile 6.1) retries after a
 * fixed delay with jitter and has no exponential backoff; its delay cannot come from the failed
 * answer, so a {@code Retry-After} cannot be honoured; and an interceptor on a CDI method would make
 * the policy untestable without a container. This class is the whole policy, with the sleep
 * injectable so that tests never wait.
 * <p>
 * Pitfalls: a {@code Retry-After} longer than the longest wait ({@link #MAX_WAIT} unless
 * {@code sync.proxy.max-retry-wait-seconds} says otherwise) is not slept through (it would hold
 * a thread for that long): the call fails at once with {@link ProxyFailure#TRANSPORT} and
 * {@link ProxyException#retryAfter()} set, so the engine can wait without a thread. The headers are
 * computed again for every attempt, so that a signed call retried after a wait carries a fresh
 * timestamp.
 */
final class TransportRetry {

    /** Retries after the first attempt: four attempts in all. */
    static final int MAX_RETRIES = 3;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    /** The wait before the last retry: a longest wait below it would stop the backoff's retries. */
    static final Duration LAST_BACKOFF = FIRST_BACKOFF.multipliedBy(1L << (MAX_RETRIES - 1));
    /** The longest wait slept through between attempts, by default. */
    static final Duration MAX_WAIT = Duration.ofSeconds(ProxySettings.DEFAULT_MAX_RETRY_WAIT_SECONDS);
    private static final int HTTP_OK = 200;
    private static final int HTTP_TOO_MANY_REQUESTS = 429;
    private static final int HTTP_SERVER_ERROR = 500;
    private static final Logger LOG = Logger.getLogger(TransportRetry.class.getName());

    /** Waits between attempts; {@code Thread::sleep} in production, a recorder in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The production sleeper. */
    static final Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    private final ProxyTransport transport;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration maxWait;

    /**
     * @param maxWait the longest wait slept through between attempts
     * @return how long one {@link #send} can take at the most: every attempt timing out, every wait the longest
     */
    static Duration longestSend(Duration attemptTimeout, Duration maxWait) {
        return attemptTimeout.multipliedBy(MAX_RETRIES + 1L).plus(maxWait.multipliedBy(MAX_RETRIES));
    }

    /** With the default longest wait, {@link #MAX_WAIT}. */
    TransportRetry(ProxyTransport transport, Sleeper sleeper, Clock clock) {
        this(transport, sleeper, clock, MAX_WAIT);
    }

    /** @param maxWait the longest wait slept through between attempts; a longer {@code Retry-After} fails the call at once */
    TransportRetry(ProxyTransport transport, Sleeper sleeper, Clock clock, Duration maxWait) {
        this.transport = transport;
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    /**
     * @param path the contract path
     * @param headers computes the headers of one attempt (empty for an unsigned call)
     * @param body the raw body, the same for every attempt
     * @return the answer's envelope: a JSON object with a {@code result} or an {@code error} object
     * @throws ProxyException {@link ProxyFailure#TRANSPORT} when the faults outlive the retries or an
     *         unexpected HTTP status comes, {@link ProxyFailure#MALFORMED_ANSWER} when the last
     *         attempt's body was not an envelope
     */
    JsonObject send(String path, Supplier<Map<String, String>> headers, String body) {
        Duration backoff = FIRST_BACKOFF;
        for (int retries = 0; ; retries++) {
            Attempt attempt = attempt(path, headers.get(), body);
            if (attempt.envelope() != null) {
                return attempt.envelope();
            }
            Duration wait = attempt.retryAfter() != null ? attempt.retryAfter() : backoff;
            if (!attempt.retryable() || retries == MAX_RETRIES || wait.compareTo(maxWait) > 0) {
                throw failure(path, attempt, retries);
            }
            int next = retries + 1;
            LOG.info(() -> "Proxy call " + path + ": " + attempt.fault() + "; retry " + next + " of " + MAX_RETRIES
                    + " in " + wait.toSeconds() + " s");
            sleep(path, wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private Attempt attempt(String path, Map<String, String> headers, String body) {
        RawAnswer answer;
        try {
            answer = transport.post(path, headers, body);
        } catch (TransportFault e) {
            return Attempt.fault(ProxyFailure.TRANSPORT, "no answer (timeout or connection failure)", null);
        }
        int status = answer.status();
        if (status == HTTP_TOO_MANY_REQUESTS) {
            return Attempt.fault(ProxyFailure.TRANSPORT, "HTTP 429", seconds(answer.retryAfter()));
        }
        if (status >= HTTP_SERVER_ERROR) {
            return Attempt.fault(ProxyFailure.TRANSPORT, "HTTP " + status, null);
        }
        if (status != HTTP_OK) {
            return new Attempt(null, ProxyFailure.TRANSPORT, "unexpected HTTP " + status, null, false);
        }
        JsonObject envelope = envelope(answer.body());
        return envelope != null ? new Attempt(envelope, null, null, null, false)
                : Attempt.fault(ProxyFailure.MALFORMED_ANSWER, "a body that is not a JSON result or error", null);
    }

    /** @return the body as a JSON object holding a {@code result} or an {@code error} object, else null */
    private static JsonObject envelope(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return ProxyJson.parse(body) instanceof JsonObject object
                    && (object.get("result") instanceof JsonObject || object.get("error") instanceof JsonObject)
                    ? object : null;
        } catch (JsonException e) {
            return null;
        }
    }

    /** @return the delay of a {@code Retry-After} given in seconds, or null (then the backoff applies) */
    private static Duration seconds(String retryAfter) {
        if (retryAfter == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void sleep(String path, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProxyException.of(ProxyFailure.TRANSPORT,
                    "Proxy call " + path + " interrupted while waiting to retry");
        }
    }

    private ProxyException failure(String path, Attempt attempt, int retries) {
        String message = "Proxy call " + path + " failed after " + retries + " retries: " + attempt.fault();
        return new ProxyException(attempt.failure(), attempt.failure().code(), message, null, null, null,
                attempt.retryAfter() == null ? null : clock.instant().plus(attempt.retryAfter()));
    }

    /**
     * The outcome of one attempt: an envelope, or a fault with its kind, its description for messages
     * (no body, no header), the wait the proxy asked for, and whether a retry may help.
     */
    private record Attempt(JsonObject envelope, ProxyFailure failure, String fault, Duration retryAfter,
            boolean retryable) {

        static Attempt fault(ProxyFailure failure, String fault, Duration retryAfter) {
            return new Attempt(null, failure, fault, retryAfter, true);
        }
    }
}
