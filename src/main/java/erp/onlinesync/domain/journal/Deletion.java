package erp.onlinesync.domain.journal;

import java.time.Instant;

/** Who deleted a synchronized transaction from the journal, and when. */
public record Deletion(String deletedBy, Instant deletedAt) {
}
