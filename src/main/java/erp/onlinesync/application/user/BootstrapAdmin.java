package erp.onlinesync.application.user;

import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.user.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the account {@value #ADMIN} (role sync-admin) at the first start, with the password from
 * MicroProfile Config {@value #PASSWORD_KEY}; when that is unset it generates one and prints it
 * once in the server log, the only way a person learns it (the rest API contract asks for this).
 * Later starts leave an existing admin alone.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BootstrapAdmin {

    public static final String ADMIN = "admin";
    public static final String PASSWORD_KEY = "sync.bootstrap-admin-password";
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    UserService users;

    @Inject
    @ConfigProperty(name = PASSWORD_KEY)
    Optional<String> configuredPassword;

    @PostConstruct
    void createAdminOnce() {
        if (users.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword.isEmpty() || configuredPassword.get().isBlank();
        Secret password = Secret.of(generated ? generate() : configuredPassword.get());
        users.create(null, ADMIN, password, EnumSet.of(Role.SYNC_ADMIN), null);
        if (generated) {
            users.requirePasswordChange(ADMIN); // it is in the log
            LOG.warning("Created the user 'admin' with the generated password " + password.reveal()
                    + " (shown once; set " + PASSWORD_KEY + " to choose it)");
        } else {
            LOG.info("Created the user 'admin' with the password from " + PASSWORD_KEY);
        }
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
