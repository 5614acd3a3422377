package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.bankfile.ConfirmResult;
import erp.onlinesync.application.bankfile.FileImportConfirm;
import erp.onlinesync.application.bankfile.FileImportPreview;
import erp.onlinesync.application.journal.JournalView;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.ImportRow;
import erp.onlinesync.domain.bankfile.RowStatus;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code journal-import.xhtml?id=}: a statement file (camt, OFX, CSV) into the journal in two
 * steps, as the API does: Preview reads it and shows each row new, duplicate or invalid with the
 * balances, writing nothing; Confirm writes exactly the new rows of that preview.
 * <p>
 * CSV columns are numbered from 1 on the page, as a person counts them in a spreadsheet; the journal's
 * last confirmed mapping is offered again, and a guessed one is shown after the preview so the person
 * can correct it and preview again.
 */
@Named
@ViewScoped
public class JournalImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The format menu's "recognise it" choice. */
    public static final String AUTO = "auto";

    @Inject
    JournalPages journalPages;
    @Inject
    FileImportPreview previews;
    @Inject
    FileImportConfirm confirms;

    private Long id;
    private JournalView journal;
    private transient UploadedFile file;
    private String format = AUTO;
    private final CsvColumns columns = new CsvColumns();
    private FileImport preview;

    /** Loads the journal for accountants, and the CSV mapping it remembers. */
    public void load() {
        if (!Pages.allowed(Role.ACCOUNTANT_NAME)) {
            return;
        }
        journal = journalPages.find(id);
        if (journal != null) {
            previews.rememberedMapping(id).ifPresent(columns::show);
        }
    }

    /** Reads the uploaded file into a preview; a file that cannot be read shows why and stores nothing. */
    public void preview() {
        // an empty file that was chosen is read, so that the person hears "empty" rather than "choose a file"
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Pages.error("import.no-file");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            CsvMapping mapping = columns.isUse() ? columns.mapping() : null;
            preview = previews.preview(id, in, file.getFileName(), chosenFormat(), mapping, Pages.user());
            if (preview.csvMapping() != null) {
                columns.show(preview.csvMapping());
            }
        } catch (IllegalArgumentException e) {
            preview = null;
            Pages.error("import.bad-mapping", e.getMessage());
        } catch (BadRequestException e) {
            preview = null;
            Pages.refused(e);
        } catch (IOException e) {
            preview = null;
            Pages.error("import.not-received");
        }
    }

    /** Writes the preview's new rows; the preview is then spent. */
    public void confirm() {
        if (preview == null) {
            return;
        }
        try {
            ConfirmResult result = confirms.confirm(id, preview.id(), Pages.user());
            Pages.info("import.done", result.imported(), result.skipped());
        } catch (BadRequestException e) {
            Pages.refused(e);
        }
        preview = null;
    }

    private BankFileFormat chosenFormat() {
        return AUTO.equals(format) ? null : BankFileFormat.valueOf(format.toUpperCase(Locale.ROOT));
    }

    public List<String> getFormats() {
        return List.of(AUTO, "camt", "ofx", "csv");
    }

    /** @return the preview's rows in file order */
    public List<ImportRow> getRows() {
        return preview == null ? List.of() : preview.rows();
    }

    public int count(String status) {
        return preview == null ? 0 : preview.count(RowStatus.valueOf(status));
    }

    public int getInvalidCount() {
        return preview == null ? 0 : preview.invalidCount();
    }

    /** @return the row's status as the API names it: a pending row is not importable, shown as invalid */
    public String statusOf(ImportRow row) {
        RowStatus shown = row.status() == RowStatus.PENDING ? RowStatus.INVALID : row.status();
        return shown.name().toLowerCase(Locale.ROOT);
    }

    public FileImport getPreview() {
        return preview;
    }

    public CsvColumns getColumns() {
        return columns;
    }

    public JournalView getJournal() {
        return journal;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
