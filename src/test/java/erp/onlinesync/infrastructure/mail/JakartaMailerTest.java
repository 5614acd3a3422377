package erp.onlinesync.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import erp.onlinesync.domain.shared.MailFailure;
import erp.onlinesync.domain.shared.Secret;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mailer against a GreenMail SMTP server that asks for a login: sent with it, refused without, the password never told. */
class JakartaMailerTest {

    private static final String PASSWORD = "smtp-pass-Zq81";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T07:00:00Z"), ZoneOffset.UTC);

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void start() {
        smtp.start();
        smtp.setUser("sync@example.test", "sync-user", PASSWORD);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private JakartaMailer mailer(String password) {
        return new JakartaMailer(Optional.of(new MailSettings("localhost", smtp.getSmtp().getPort(), "sync@example.test",
                Optional.of("sync-user"), Optional.of(Secret.of(password)), false)), CLOCK);
    }

    @Test
    void sendsAPlainTextMailWithTheLogin() throws Exception {
        JakartaMailer mailer = mailer(PASSWORD);
        assertTrue(mailer.configured());
        mailer.send("owner@example.test", "Consent of Bank — expires", "Consent expires on 2026-12-18 (in 15 days).");

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("owner@example.test", mail.getAllRecipients()[0].toString());
        assertEquals("sync@example.test", mail.getFrom()[0].toString());
        assertEquals("Consent of Bank — expires", mail.getSubject());
        assertTrue(GreenMailUtil.getBody(mail).contains("(in 15 days)"));
    }

    @Test
    void aRefusalSaysWhyWithoutThePassword() {
        JakartaMailer mailer = mailer(PASSWORD + "-wrong");
        MailFailure e = assertThrows(MailFailure.class, () -> mailer.send("owner@example.test", "s", "b"));
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertTrue(e.getMessage().startsWith("AuthenticationFailedException"), e.getMessage());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void withoutAHostNothingIsConfiguredAndTheSettingsNeverPrintThePassword() {
        assertFalse(new JakartaMailer(Optional.empty(), CLOCK).configured());
        MailSettings settings = new MailSettings("h", 25, "f@x", Optional.of("u"), Optional.of(Secret.of(PASSWORD)), true);
        assertFalse(settings.toString().contains(PASSWORD), settings.toString());
        assertFalse(settings.sessionProperties().toString().contains(PASSWORD));
        assertThrows(IllegalArgumentException.class,
                () -> new MailSettings("h", 25, "f@x", Optional.of("u"), Optional.empty(), false), "a user needs a password");
    }
}
