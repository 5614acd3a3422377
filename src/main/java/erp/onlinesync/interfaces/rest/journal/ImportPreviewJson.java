package erp.onlinesync.interfaces.rest.journal;

import erp.onlinesync.application.journal.LineAmounts;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.ImportRow;
import erp.onlinesync.domain.bankfile.RowStatus;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /journals/{id}/imports}, as the contract writes it. */
public record ImportPreviewJson(long id, String format, @JsonbProperty("new") @Schema(name = "new") int newRows, int duplicates, int invalid,
        List<Row> rows, String balanceStart, String balanceEnd, String balanceCheck, Instant expiresAt) {

    /** One row; a pending one has status {@code invalid} and says so in its reason (see {@link RowStatus}). */
    public record Row(LocalDate date, String amount, String currencyCode, String paymentRef, String partnerName,
            String identifier, String status, String reason) {
    }

    static ImportPreviewJson of(FileImport p) {
        String currency = p.rows().isEmpty() ? null : p.rows().get(0).line().currencyCode();
        return new ImportPreviewJson(p.id(), p.format().name().toLowerCase(Locale.ROOT), p.count(RowStatus.NEW),
                p.count(RowStatus.DUPLICATE), p.invalidCount(), p.rows().stream().map(ImportPreviewJson::row).toList(),
                LineAmounts.format(p.balance().opening(), currency), LineAmounts.format(p.balance().closing(), currency),
                p.balance().result().apiName(), p.expiresAt());
    }

    private static Row row(ImportRow r) {
        return new Row(r.line().date(), LineAmounts.format(r.line().amount(), r.line().currencyCode()), r.line().currencyCode(),
                r.line().paymentRef(), r.line().partnerName(), r.identifier(), r.status().apiName(), r.reason());
    }
}
