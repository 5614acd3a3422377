package erp.onlinesync.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import erp.onlinesync.sandbox.MutableClock;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final VerifiedCredentials verified = new VerifiedCredentials(clock);
    private final AtomicInteger hashes = new AtomicInteger();

    private Supplier<CredentialValidationResult> store(CredentialValidationResult answer) {
        return () -> {
            hashes.incrementAndGet();
            return answer;
        };
    }

    private static CredentialValidationResult valid(String user) {
        return new CredentialValidationResult(user, Set.of("accountant"));
    }

    @Test
    void aVerifiedCredentialIsNotHashedAgainWithinTheMinute() {
        CredentialValidationResult first = verified.verify("ann", "right", store(valid("ann")));
        clock.advance(VerifiedCredentials.TTL.minusSeconds(1));
        CredentialValidationResult second = verified.verify("ann", "right", store(valid("ann")));

        assertSame(first, second);
        assertEquals(1, hashes.get());
    }

    @Test
    void aUserWhoseAccessChangedIsVerifiedAgainAndNoOtherUser() {
        verified.verify("ann", "right", store(valid("ann")));
        verified.verify("bob", "right", store(valid("bob")));
        verified.forget("ann");
        verified.verify("ann", "right", store(CredentialValidationResult.INVALID_RESULT));
        verified.verify("bob", "right", store(valid("bob")));

        assertEquals(3, hashes.get(), "ann asked the store again, bob did not");
    }

    @Test
    void aWrongPasswordIsHashedEveryTime() {
        verified.verify("ann", "right", store(valid("ann")));
        verified.verify("ann", "wrong", store(CredentialValidationResult.INVALID_RESULT));
        CredentialValidationResult again = verified.verify("ann", "wrong", store(CredentialValidationResult.INVALID_RESULT));

        assertEquals(CredentialValidationResult.Status.INVALID, again.getStatus());
        assertEquals(3, hashes.get());
        assertEquals(1, verified.size(), "only the valid credential is kept");
    }

    @Test
    void theSamePasswordOfAnotherUserIsItsOwnEntry() {
        verified.verify("ann", "secret", store(valid("ann")));
        CredentialValidationResult bob = verified.verify("bob", "secret", store(CredentialValidationResult.INVALID_RESULT));

        assertEquals(CredentialValidationResult.Status.INVALID, bob.getStatus());
        assertEquals(2, hashes.get());
    }

    @Test
    void anExpiredEntryIsVerifiedAgainAndDroppedWhenNoLongerValid() {
        verified.verify("ann", "right", store(valid("ann")));
        clock.advance(VerifiedCredentials.TTL);
        CredentialValidationResult now = verified.verify("ann", "right", store(CredentialValidationResult.NOT_VALIDATED_RESULT));

        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED, now.getStatus());
        assertEquals(2, hashes.get());
        assertEquals(0, verified.size());
    }

    @Test
    void theMapStaysBounded() {
        for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
            verified.verify("user" + i, "pw", store(valid("user" + i)));
        }
        assertEquals(1, verified.size(), "full of live entries: emptied before the newest is kept");

        clock.advance(Duration.ofSeconds(1));
        verified.verify("user0", "pw", store(valid("user0")));
        assertEquals(2, verified.size());
    }
}
