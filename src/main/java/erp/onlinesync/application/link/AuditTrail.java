package erp.onlinesync.application.link;

import erp.onlinesync.application.run.RunView;
import erp.onlinesync.domain.chatter.ChainCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an auditor downloads of a link: its chatter and runs between two dates (UTC days, both
 * included; null for open ends), with the verification of the link's whole chain, who exported it and when.
 */
public record AuditTrail(long linkId, String linkName, LocalDate from, LocalDate to, ChainCheck check,
        List<MessageView> messages, List<RunView> runs, String exportedBy, Instant exportedAt) {
}
