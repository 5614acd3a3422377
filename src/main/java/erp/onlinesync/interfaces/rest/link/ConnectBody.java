package erp.onlinesync.interfaces.rest.link;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /online-links/connect}: each field may be absent or null, but {@code institution_id}
 * for a new link; {@code mode} is {@code link} unless given, {@code link_id} names the link of the other modes.
 */
@Schema(description = "institution_id for a new link; mode link (default), or updateCredentials, reconnect or"
        + " refreshAccounts with link_id; start_date the first day to import. Each may be absent or null.")
public record ConnectBody(String institutionId, String mode, Long linkId, LocalDate startDate) {
}
