package erp.onlinesync.sandbox.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.sandbox.MutableClock;
import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.SignedClient;
import erp.onlinesync.sandbox.bank.Bank;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeTokensTest {

    private static final Consent CONSENT = new Consent(Bank.SANDBOX, 1, LinkMode.LINK, null, Grant.ALL_ACCOUNTS);

    private final MutableClock clock = new MutableClock(SandboxFixture.START);
    private final ExchangeTokens tokens = new ExchangeTokens(clock);

    @Test
    void aTokenIsRedeemedOnce() {
        String token = tokens.issue(CONSENT);
        assertEquals(CONSENT, tokens.redeem(token).orElseThrow());
        assertTrue(tokens.redeem(token).isEmpty());
        assertTrue(tokens.redeem("made-up").isEmpty());
        assertTrue(tokens.redeem(null).isEmpty());
    }

    @Test
    void aTokenLastsTenMinutes() {
        String early = tokens.issue(CONSENT);
        String late = tokens.issue(CONSENT);
        clock.advance(ExchangeTokens.VALIDITY);
        assertTrue(tokens.redeem(early).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(tokens.redeem(late).isEmpty());
    }

    @Test
    void theExchangeCallAnswers400ToAUsedOrExpiredToken() {
        SandboxFixture fixture = new SandboxFixture();
        String token = fixture.consent(Bank.SANDBOX, LinkMode.LINK, null, Map.of());
        assertEquals(0, SignedClient.errorCode(fixture.exchange(token)));
        assertEquals(400, SignedClient.errorCode(fixture.exchange(token)));
        String stale = fixture.consent(Bank.SANDBOX, LinkMode.LINK, null, Map.of());
        fixture.clock.advance(ExchangeTokens.VALIDITY.plusSeconds(1));
        assertEquals(400, SignedClient.errorCode(fixture.exchange(stale)));
    }
}
