package erp.onlinesync.application.bankfile;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.journal.LineAmounts;
import erp.onlinesync.domain.bankfile.BalanceCheck;
import erp.onlinesync.domain.bankfile.ConfirmRefusal;
import erp.onlinesync.domain.bankfile.FileImport;
import erp.onlinesync.domain.bankfile.FileImports;
import erp.onlinesync.domain.bankfile.ImportJournal;
import erp.onlinesync.domain.bankfile.JournalBook;
import erp.onlinesync.domain.bankfile.RowStatus;
import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.journal.PageCounts;
import erp.onlinesync.domain.journal.StatementLineStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * The second step of a file import: writes exactly the new rows of a stored {@link FileImport}, in
 * one transaction with everything the confirm changes: the preview marked confirmed (the fence: a
 * second confirm, on any node, finds it so and writes nothing), the lines, the journal's bank account
 * number when it had none, the CSV mapping remembered for the journal, and a message in the journal's
 * chatter saying who imported which file (and by how much its balances differ, when they do).
 */
@Stateless
public class FileImportConfirm {

    @Inject
    FileImports imports;

    @Inject
    JournalBook book;

    @Inject
    StatementLineStore writer;

    @Inject
    ChatterService chatter;

    @Inject
    Clock clock;

    @Inject
    ActingCompany company;

    /**
     * @throws BadRequestException {@code not-found} for an unknown journal or one of another company, or a preview unknown or of
     *         another journal; {@code already-confirmed}; {@code preview-expired}
     */
    public ConfirmResult confirm(long journalId, long importId, String user) {
        ImportJournal journal = book.journal(company.id(), journalId)
                .orElseThrow(() -> new BadRequestException("not-found", "No journal with id " + journalId));
        Instant now = clock.instant();
        FileImport preview = imports.find(importId).orElseThrow(() -> refusal(ConfirmRefusal.NOT_FOUND, importId));
        preview.refusalToConfirm(journalId, now).ifPresent(r -> {
            throw refusal(r, importId);
        });
        if (!imports.markConfirmed(importId, now)) {
            throw refusal(ConfirmRefusal.ALREADY_CONFIRMED, importId);
        }
        PageCounts counts = writer.writeFileLines(journal.target(), preview.newLines(), now);
        if (preview.accountNumber() != null) {
            book.takeAccountNumber(journalId, preview.accountNumber());
        }
        if (preview.csvMapping() != null) {
            imports.rememberCsvMapping(journalId, preview.csvMapping());
        }
        ConfirmResult result = new ConfirmResult(counts.imported(), preview.rows().size() - counts.imported());
        chatter.post(ChatterService.JOURNAL, journalId, user, ChatterEntry.of(MessageKind.ACTION, message(journal, preview, result, user)));
        return result;
    }

    static String message(ImportJournal journal, FileImport preview, ConfirmResult result, String user) {
        BalanceCheck balance = preview.balance();
        String text = "File " + (preview.fileName() == null ? "" : "\"" + preview.fileName() + "\" ") + "("
                + preview.format().name().toLowerCase(Locale.ROOT) + ") imported by " + user + ": "
                + result.imported() + " lines imported, " + preview.count(RowStatus.DUPLICATE) + " duplicates, "
                + preview.count(RowStatus.INVALID) + " invalid, " + preview.count(RowStatus.PENDING) + " pending rows skipped.";
        if (balance.result() == BalanceCheck.Result.MISMATCH) {
            text += " The file's balances differ from the journal's by "
                    + LineAmounts.format(balance.difference(), journal.currency().code()) + " " + journal.currency() + ".";
        }
        return text;
    }

    private static BadRequestException refusal(ConfirmRefusal refusal, long importId) {
        String message = switch (refusal) {
            case NOT_FOUND -> "No file import " + importId + " in this journal";
            case ALREADY_CONFIRMED -> "File import " + importId + " was confirmed already";
            case EXPIRED -> "File import " + importId + " has expired: upload the file again";
        };
        return new BadRequestException(refusal.code(), message);
    }
}
