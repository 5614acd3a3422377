package erp.onlinesync.interfaces.rest.link;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /online-links/ponto}: the link's name and the Client ID and Client Secret of a
 * custom integration made in MyPonto; {@code start_date} null (or absent) imports each account's last 100
 * transactions first.
 */
@Schema(description = "name, client_id and client_secret are required; start_date the first day to import, or null"
        + " for the last 100 transactions of each account. The secret is never returned.")
public record PontoLinkBody(String name, String clientId, @Schema(format = "password", writeOnly = true) String clientSecret,
        LocalDate startDate) {
}
