package erp.onlinesync.infrastructure.mail;

import erp.onlinesync.domain.shared.Secret;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server, from MicroProfile Config; without {@value #HOST} no mail is sent.
 * <ul>
 * <li>{@value #HOST}, {@value #PORT} (default {@value #DEFAULT_PORT});</li>
 * <li>{@value #FROM}: the sender (default {@value #DEFAULT_FROM});</li>
 * <li>{@value #USER} and {@value #PASSWORD}: set both to log in, neither to send without logging in;</li>
 * <li>{@value #STARTTLS} ({@code true} or {@code false}, default false): when true, the connection must be
 * upgraded to TLS before anything, the login above all, is sent.</li>
 * </ul>
 * The password is held as a {@link Secret}: this record's {@code toString()} shows only its mask.
 *
 * @param password empty when no login is needed
 */
public record MailSettings(String host, int port, String from, Optional<String> user, Optional<Secret> password,
        boolean startTls) {

    public static final String HOST = "sync.mail.host";
    public static final String PORT = "sync.mail.port";
    public static final String FROM = "sync.mail.from";
    public static final String USER = "sync.mail.user";
    public static final String PASSWORD = "sync.mail.password";
    public static final String STARTTLS = "sync.mail.starttls";
    static final int DEFAULT_PORT = 25;
    static final String DEFAULT_FROM = "online-sync@localhost";
    /** Connecting, reading and writing each give up after this long, so a dead server cannot hold the timer for long. */
    static final String TIMEOUT_MS = "20000";

    /** @throws IllegalArgumentException for a user without a password or the other way round */
    public MailSettings {
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(USER + " and " + PASSWORD + " go together: set both or neither");
        }
    }

    /**
     * @return the settings, or empty when {@value #HOST} is not set
     * @throws IllegalArgumentException as the constructor
     */
    public static Optional<MailSettings> from(Config config) {
        return config.getOptionalValue(HOST, String.class).filter(h -> !h.isBlank()).map(host -> new MailSettings(host.strip(),
                config.getOptionalValue(PORT, Integer.class).orElse(DEFAULT_PORT),
                config.getOptionalValue(FROM, String.class).orElse(DEFAULT_FROM),
                config.getOptionalValue(USER, String.class).filter(u -> !u.isBlank()),
                config.getOptionalValue(PASSWORD, String.class).filter(p -> !p.isEmpty()).map(Secret::of),
                config.getOptionalValue(STARTTLS, Boolean.class).orElse(false)));
    }

    /** @return the Jakarta Mail session properties (the password is not among them: it goes to the transport alone) */
    public Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.auth", Boolean.toString(user.isPresent()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        return p;
    }
}
