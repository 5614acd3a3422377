package erp.onlinesync.sandbox.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.sandbox.SandboxFixture;
import erp.onlinesync.sandbox.bank.Bank;
import org.junit.jupiter.api.Test;

/** The registry in memory stays bounded, whoever connects link after link, and loses no link for it. */
class LinkRegistryTest {

    @Test
    void pastItsBoundTheLeastRecentlyUsedLinkIsForgottenAndRebuiltFromItsClientId() {
        LinkRegistry links = new SandboxFixture().sandbox.links();
        String first = links.apply(new Consent(Bank.SANDBOX, 1, LinkMode.LINK, null, Grant.ALL_ACCOUNTS)).orElseThrow().clientId();
        for (int i = 0; i < LinkRegistry.MAX_LINKS + 50; i++) {
            links.apply(new Consent(Bank.SANDBOX, 2 + i, LinkMode.LINK, null, Grant.ALL_ACCOUNTS));
        }
        assertEquals(LinkRegistry.MAX_LINKS, links.inMemory());
        assertTrue(links.find(first).isPresent(), "the forgotten link comes back from its client id");
        assertEquals(LinkRegistry.MAX_LINKS, links.inMemory());
    }
}
