package erp.onlinesync.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in throttle's rule: free tries, a doubling wait, the lock, and forgetting. */
class LoginAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final int LOCK_AFTER = 10;
    private static final int FREE = LoginAttempts.FREE_FAILURES;

    private static LoginAttempts failedTimes(int n, Instant at) {
        LoginAttempts a = LoginAttempts.NONE;
        for (int i = 0; i < n; i++) {
            a = a.failed(at);
        }
        return a;
    }

    @Test
    void threeMistakesCostNothingThenEachWaitDoubles() {
        assertEquals(Optional.empty(), failedTimes(3, T0).refusedUntil(T0, FREE, LOCK_AFTER));
        assertEquals(Optional.of(T0.plusSeconds(1)), failedTimes(4, T0).refusedUntil(T0, FREE, LOCK_AFTER));
        assertEquals(Optional.of(T0.plusSeconds(2)), failedTimes(5, T0).refusedUntil(T0, FREE, LOCK_AFTER));
        assertEquals(Optional.of(T0.plusSeconds(32)), failedTimes(9, T0).refusedUntil(T0, FREE, LOCK_AFTER));
        assertEquals(Optional.empty(), failedTimes(5, T0).refusedUntil(T0.plusSeconds(2), FREE, LOCK_AFTER), "the wait is over");
    }

    @Test
    void theLockHoldsFifteenMinutesAndIsToldOnce() {
        LoginAttempts locked = failedTimes(LOCK_AFTER, T0);
        assertTrue(locked.justLocked(LOCK_AFTER));
        assertFalse(locked.failed(T0).justLocked(LOCK_AFTER), "the eleventh failure tells no one again");
        assertEquals(Optional.of(T0.plus(LoginAttempts.LOCK)), locked.refusedUntil(T0.plusSeconds(600), FREE, LOCK_AFTER));
        assertEquals(Optional.empty(), locked.refusedUntil(T0.plus(LoginAttempts.LOCK), FREE, LOCK_AFTER));
    }

    @Test
    void failuresOlderThanTheLockAreForgotten() {
        LoginAttempts old = failedTimes(8, T0);
        LoginAttempts next = old.failed(T0.plus(LoginAttempts.LOCK).plus(Duration.ofSeconds(1)));
        assertEquals(1, next.failures());
        assertEquals(Optional.empty(), next.refusedUntil(next.lastFailure(), FREE, LOCK_AFTER));
    }

    @Test
    void anAddressIsNotSlowedBeforeItsLockAndALowLockLimitLocksBeforeTheWaitsBegin() {
        assertEquals(Optional.empty(), failedTimes(49, T0).refusedUntil(T0, 50, 50));
        assertEquals(Optional.of(T0.plus(LoginAttempts.LOCK)), failedTimes(50, T0).refusedUntil(T0, 50, 50));
        assertEquals(Optional.of(T0.plus(LoginAttempts.LOCK)), failedTimes(2, T0).refusedUntil(T0, FREE, 2));
    }
}
