package erp.onlinesync.application.link;

import erp.onlinesync.domain.chatter.ChatterMessage;
import erp.onlinesync.domain.chatter.TrackedChange;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A chatter message of a link as screens and the API show it (the contract's {@code Message}):
 * kind in lower case, the body as plain text, tracked changes as field, old and new value.
 */
public record MessageView(Long id, String author, Instant createdAt, String kind, String body, Integer errorCode,
        String errorReference, List<Change> tracking) {

    /** One tracked field; the contract calls the values {@code old} and {@code new}, a Java keyword. */
    public record Change(String field, @JsonbProperty("old") @Schema(name = "old") String oldValue,
            @JsonbProperty("new") @Schema(name = "new") String newValue) {

        static Change of(TrackedChange c) {
            return new Change(c.getField(), c.getOldValue(), c.getNewValue());
        }
    }

    public static MessageView of(ChatterMessage m) {
        return new MessageView(m.getId(), m.getAuthor(), m.getCreatedAt(), m.getKind().name().toLowerCase(Locale.ROOT),
                m.getBody(), m.getErrorCode(), m.getErrorReference(), m.getTracking().stream().map(Change::of).toList());
    }
}
