package erp.onlinesync.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the deployment, with one clear log line, when the sandbox is switched on over an external
 * database ({@link SandboxSettings#refusal}): better no module than a fake bank in the real books.
 */
@Singleton
@Startup
public class SandboxGuard {

    private static final Logger LOG = Logger.getLogger(SandboxGuard.class.getName());

    /** @throws IllegalStateException when the sandbox must not run here */
    @PostConstruct
    void check() {
        SandboxSettings.refusal(ConfigProvider.getConfig()).ifPresent(why -> {
            LOG.severe(why);
            throw new IllegalStateException(why);
        });
    }
}
