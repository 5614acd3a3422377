package erp.onlinesync.application.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.run.fakes.Ids;
import erp.onlinesync.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle per user name and per address, and what it tells the auditors. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final List<String> told = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        Ids.set(throttle, "clock", clock);
        Ids.set(throttle, "audit", new SecurityAudit() {
            @Override
            public void record(String text) {
                told.add(text);
            }
        });
        Ids.set(throttle, "userLockAfter", 10);
        Ids.set(throttle, "addressLockAfter", 50);
    }

    @Test
    void aGuessedUserIsLockedFromEveryAddressAndTheAuditorsAreToldOnce() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("Alice", "10.0.0." + i);
        }
        assertTrue(throttle.refusedUntil("alice", "192.168.1.1").isPresent(), "the name, whatever its case and address");
        assertEquals(1, told.size());
        assertTrue(told.get(0).contains("Alice is locked for 15 minutes after 10 failed sign-ins"), told.get(0));
        assertFalse(throttle.refusedUntil("bob", "192.168.1.1").isPresent(), "another user is not slowed");
        clock.advance(Duration.ofMinutes(15));
        assertFalse(throttle.refusedUntil("alice", "192.168.1.1").isPresent(), "the lock ends");
    }

    @Test
    void anAddressTryingManyNamesIsLockedAndASuccessClearsOnlyTheUser() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertTrue(throttle.refusedUntil("carol", "10.9.9.9").isPresent());
        assertFalse(throttle.refusedUntil("carol", "10.1.1.1").isPresent());
        assertTrue(told.stream().anyMatch(t -> t.contains("The address 10.9.9.9 is locked")), told.toString());

        for (int i = 0; i < 5; i++) {
            throttle.failed("dave", "10.2.2.2");
        }
        assertTrue(throttle.refusedUntil("dave", "10.3.3.3").isPresent(), "five failures: a wait");
        throttle.succeeded("dave");
        assertFalse(throttle.refusedUntil("dave", "10.3.3.3").isPresent());
    }
}
