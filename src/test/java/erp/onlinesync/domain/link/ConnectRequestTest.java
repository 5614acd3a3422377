package erp.onlinesync.domain.link;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectRequestTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private static ConnectRequest request() {
        return new ConnectRequest(1L, "hash", "alice", "link", "sandbox_bank", null, null, T0, T0.plusSeconds(600), false);
    }

    @Test
    void isUsedOnceByItsUserWithinItsValidity() {
        ConnectRequest r = request();
        assertNull(r.use("alice", T0.plusSeconds(60)));
        assertNotNull(r.use("alice", T0.plusSeconds(61)), "a second use is refused");
    }

    @Test
    void refusesAnotherUserAndALateAnswer() {
        assertNotNull(request().use("mallory", T0.plusSeconds(1)));
        assertNotNull(request().use("alice", T0.plusSeconds(601)));
    }
}
