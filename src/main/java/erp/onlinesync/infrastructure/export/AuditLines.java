package erp.onlinesync.infrastructure.export;

import erp.onlinesync.application.link.AuditTrail;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.chatter.ChainCheck;
import java.util.Locale;
import java.util.stream.Collectors;

/** The texts both formats show the same way: the verification's verdict, a message's changes, a run's counts. */
public final class AuditLines {

    private AuditLines() {
    }

    /** @return "Chain verified: 42 messages, none changed." or where and why it breaks */
    public static String verdict(AuditTrail trail) {
        ChainCheck check = trail.check();
        if (check.ok()) {
            return "Chain verified: " + check.count() + " messages, none changed, removed or added.";
        }
        return "CHAIN BROKEN" + (check.firstBrokenId() == null ? "" : " at message " + check.firstBrokenId()) + ": "
                + check.reason() + " (" + check.count() + " messages checked).";
    }

    /** @return "auto_sync: true → false; interval: …", empty for none */
    public static String changes(MessageView m) {
        return m.tracking().stream().map(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                .collect(Collectors.joining("; "));
    }

    /** @return "manual, done" */
    public static String kind(RunView r) {
        return r.trigger().name().toLowerCase(Locale.ROOT) + ", " + r.state().name().toLowerCase(Locale.ROOT);
    }

    /** @return the run's counts and end, as the chatter tells them */
    public static String counts(RunView r) {
        return r.imported() + " imported, " + r.skippedDuplicates() + " already imported, " + r.skippedPending()
                + " pending, " + r.skippedLocked() + " in the locked period"
                + (r.endedAt() == null ? ", not ended" : ", ended " + r.endedAt());
    }
}
