package erp.onlinesync.interfaces.rest.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.bankfile.ConfirmResult;
import erp.onlinesync.application.bankfile.FileImportConfirm;
import erp.onlinesync.application.bankfile.FileImportPreview;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/journals/{id}/imports}: a bank file's preview, then its confirm. The upload is
 * {@code multipart/form-data} read through Jakarta REST 3.1's {@link EntityPart} (no Jersey-specific
 * multipart classes, so the resource stays portable): a part {@code file}, optional parts {@code format}
 * ({@code camt}, {@code ofx}, {@code csv}) and {@code mapping} (JSON, see {@link CsvMappingJson}).
 */
@Path("v1/journals/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Bank files")
public class JournalImportResource {

    static final String FILE = "file";

    @Inject
    FileImportPreview previews;

    @Inject
    FileImportConfirm confirms;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "previewBankFile", summary = "Preview a bank file",
            description = "A multipart/form-data upload: a part file, optional parts format (camt, ofx or csv) and"
                    + " mapping (JSON, CSV only). Nothing is written: the rows as new, duplicate or invalid, and the"
                    + " balance check. Role: accountant.")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ImportPreviewJson")))
    @APIResponse(responseCode = "422", ref = ApiApplication.UNPROCESSABLE)
    public ImportPreviewJson upload(@PathParam("id") long id, @FormParam(FILE) EntityPart file,
            @FormParam("format") String format, @FormParam("mapping") String mapping) throws IOException {
        if (file == null) {
            throw new BadRequestException("invalid-field", "file: a part named \"file\" holding the bank file is required");
        }
        BankFileFormat chosen = format(format);
        try (InputStream in = file.getContent()) {
            return ImportPreviewJson.of(previews.preview(id, in, file.getFileName().orElse(null), chosen,
                    CsvMappingJson.parse(mapping), security.getUserPrincipal().getName()));
        }
    }

    @POST
    @Path("{import_id}/confirm")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "confirmBankFile", summary = "Confirm a bank file's preview",
            description = "Writes exactly the preview's new rows; a second confirm gets 409, an expired preview 410. Role:"
                    + " accountant.")
    @APIResponse(responseCode = "200", description = "What was written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ConfirmResult")))
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    @APIResponse(responseCode = "410", description = "The preview expired (preview-expired)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public ConfirmResult confirm(@PathParam("id") long id, @PathParam("import_id") long importId) {
        return confirms.confirm(id, importId, security.getUserPrincipal().getName());
    }

    /** @return null for an absent or blank part (the reader recognises the format) */
    static BankFileFormat format(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return BankFileFormat.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid-field", "format must be camt, ofx or csv");
        }
    }
}
