package erp.onlinesync.sandbox;

import erp.onlinesync.sandbox.link.ExchangeTokens;
import erp.onlinesync.sandbox.link.LinkRegistry;
import erp.onlinesync.sandbox.link.SandboxKey;
import erp.onlinesync.sandbox.proxy.SandboxProxy;
import java.time.Clock;

/**
 * One running sandbox: its links, exchange tokens and wire handler, sharing one key and one clock. Plain
 * Java, so a test builds one with a fixed clock and a key of its own; the server gets one from
 * {@link SandboxProducer}.
 */
public final class Sandbox {

    private final Clock clock;
    private final LinkRegistry links;
    private final ExchangeTokens exchanges;
    private final SandboxProxy proxy;

    public Sandbox(SandboxSettings settings, SandboxKey key, Clock clock) {
        this.clock = clock;
        this.links = new LinkRegistry(key, clock, settings.bigBankSize(), settings.fetchingOnFirstRefresh());
        this.exchanges = new ExchangeTokens(clock);
        this.proxy = new SandboxProxy(links, exchanges, settings, clock);
    }

    public Clock clock() {
        return clock;
    }

    public LinkRegistry links() {
        return links;
    }

    public ExchangeTokens exchanges() {
        return exchanges;
    }

    public SandboxProxy proxy() {
        return proxy;
    }
}
