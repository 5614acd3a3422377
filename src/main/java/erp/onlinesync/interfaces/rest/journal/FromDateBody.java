package erp.onlinesync.interfaces.rest.journal;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of the journal's searches: {@code {"from_date": "2026-11-01"}}, the first day searched. */
@Schema(requiredProperties = "fromDate")
public record FromDateBody(LocalDate fromDate) {
}
