package erp.onlinesync.infrastructure.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Test
    void dropsATrailingSlashSoThatPathsJoinOnce() {
        assertEquals("http://localhost:8080/onlinesync/sandbox",
                new ProxySettings("http://localhost:8080/onlinesync/sandbox/", TIMEOUT, TIMEOUT).baseUrl());
    }

    @Test
    void refusesAMalformedUrlAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new ProxySettings("http://bad host/", TIMEOUT, TIMEOUT));
    }

    @Test
    void waitsAMinuteAtMostBetweenAttemptsUnlessToldOtherwise() {
        assertEquals(Duration.ofSeconds(60), new ProxySettings("http://localhost", TIMEOUT, TIMEOUT).maxRetryWait());
        assertEquals(Duration.ofSeconds(4),
                new ProxySettings("http://localhost", TIMEOUT, TIMEOUT, Duration.ofSeconds(4)).maxRetryWait());
    }

    @Test
    void refusesALongestWaitBelowTheLastBackoffWhichWouldStopTheRetries() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProxySettings("http://localhost", TIMEOUT, TIMEOUT, Duration.ofSeconds(3)));
    }
}
