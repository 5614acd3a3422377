package erp.onlinesync.sandbox;

import erp.onlinesync.sandbox.link.SandboxKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the server's one {@link Sandbox}, on the first sandbox request (so a server with the sandbox
 * switched off never creates its key file). The sandbox keeps its own UTC clock rather than the module's:
 * it plays an outside system.
 */
@ApplicationScoped
public class SandboxProducer {

    @Produces
    @Singleton
    Sandbox sandbox(Config config) {
        SandboxSettings settings = SandboxSettings.from(config);
        return new Sandbox(settings, SandboxKey.loadOrCreate(settings.dataDir()), Clock.systemUTC());
    }
}
