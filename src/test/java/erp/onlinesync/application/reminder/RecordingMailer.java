package erp.onlinesync.application.reminder;

import erp.onlinesync.domain.shared.MailFailure;
import erp.onlinesync.domain.shared.Mailer;
import java.util.ArrayList;
import java.util.List;

/** Keeps the mails it is given; configured or not, refusing them when a test says so. */
final class RecordingMailer implements Mailer {

    record Mail(String to, String subject, String body) {
    }

    final List<Mail> sent = new ArrayList<>();
    boolean configured = true;
    boolean refusing;

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    public void send(String to, String subject, String body) {
        if (refusing) {
            throw new MailFailure("AuthenticationFailedException: 535 authentication failed", null);
        }
        sent.add(new Mail(to, subject, body));
    }
}
