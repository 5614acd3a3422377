package erp.onlinesync.infrastructure.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import erp.onlinesync.application.run.fakes.UnusedProxy;
import erp.onlinesync.domain.proxy.ProxySession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderRoutingTest {

    @Test
    void aRunsLeaseIsThatOfItsLinksAdapterNotTheLongestOfAll() {
        ProviderRouting routing = new ProviderRouting(lasting(Duration.ofSeconds(30)), lasting(Duration.ofMinutes(11)));
        assertEquals(Duration.ofSeconds(30), routing.longestCall("ponto"), "a proxy link, even one the proxy serves through Ponto");
        assertEquals(Duration.ofSeconds(30), routing.longestCall(null));
        assertEquals(Duration.ofMinutes(11), routing.longestCall(ProxySession.PONTO_DIRECT));
        assertEquals(Duration.ofMinutes(11), routing.longestCall(), "not knowing the link: the longer");
    }

    private static UnusedProxy lasting(Duration longest) {
        return new UnusedProxy() {
            @Override
            public Duration longestCall() {
                return longest;
            }
        };
    }
}
