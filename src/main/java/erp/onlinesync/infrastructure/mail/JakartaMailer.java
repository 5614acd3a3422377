package erp.onlinesync.infrastructure.mail;

import erp.onlinesync.domain.shared.MailFailure;
import erp.onlinesync.domain.shared.Mailer;
import erp.onlinesync.domain.shared.Secret;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * {@link Mailer} with Jakarta Mail, which Payara ships: a {@link Session} built from {@link MailSettings}
 * once at start. Why not a container mail resource ({@code @MailSessionDefinition}): its settings would
 * live in the server's configuration, apart from the module's other {@code sync.*} settings, and a
 * module without them would fail to deploy instead of sending no mail.
 * <p>
 * The password goes to {@link Transport#send(Message, String, String)} alone, never into the session's
 * properties, a log line or a failure's message: a failure tells the server's answer and the exception's
 * type only.
 */
@ApplicationScoped
public class JakartaMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(JakartaMailer.class.getName());

    @Inject
    Config config;

    @Inject
    Clock clock;

    private Optional<MailSettings> settings = Optional.empty();
    private Session session;

    /** For the container: the settings come from its configuration. */
    public JakartaMailer() {
    }

    /** With settings given, for tests; none for a module without mail. */
    JakartaMailer(Optional<MailSettings> settings, Clock clock) {
        this.clock = clock;
        use(settings);
    }

    @PostConstruct
    void start() {
        use(MailSettings.from(config));
    }

    private void use(Optional<MailSettings> configured) {
        settings = configured;
        session = configured.map(s -> Session.getInstance(s.sessionProperties())).orElse(null);
        LOG.info(() -> configured.map(s -> "Mail goes through " + s.host() + ":" + s.port() + " from " + s.from()
                + (s.user().isPresent() ? " as " + s.user().get() : "")).orElse("No mail server configured (sync.mail.host): no mail is sent"));
    }

    @Override
    public boolean configured() {
        return settings.isPresent();
    }

    @Override
    public void send(String to, String subject, String body) {
        MailSettings s = settings.orElseThrow(() -> new IllegalStateException("No mail server is configured (" + MailSettings.HOST + ")"));
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(s.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, false));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            if (s.user().isPresent()) {
                Transport.send(message, s.user().get(), s.password().map(Secret::reveal).orElseThrow());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new MailFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
