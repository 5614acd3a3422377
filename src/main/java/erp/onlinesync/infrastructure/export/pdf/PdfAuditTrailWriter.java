package erp.onlinesync.infrastructure.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import erp.onlinesync.application.link.AuditTrail;
import erp.onlinesync.application.link.AuditTrailWriter;
import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.infrastructure.export.AuditLines;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The audit trail as a PDF an auditor can file: a title with the link and the period, the chain's
 * verdict (in red when broken), then the messages and the runs as tables, landscape A4. Standard PDF
 * fonts only (Helvetica, with Latin-1 accents), so nothing depends on the fonts of the server.
 */
@ApplicationScoped
public class PdfAuditTrailWriter implements AuditTrailWriter {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font BROKEN = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, new java.awt.Color(180, 0, 0));

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void write(AuditTrail trail, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Audit trail of " + trail.linkName());
            doc.open();
            doc.add(new Paragraph("Audit trail of the online link " + trail.linkName() + " (id " + trail.linkId() + ")", TITLE));
            doc.add(new Paragraph("Period " + (trail.from() == null ? "from the start" : trail.from()) + " to "
                    + (trail.to() == null ? "now" : trail.to()) + "; exported by " + trail.exportedBy() + " at "
                    + trail.exportedAt(), TEXT));
            doc.add(new Paragraph(AuditLines.verdict(trail), trail.check().ok() ? HEADING : BROKEN));
            doc.add(new Paragraph("Messages (" + trail.messages().size() + ")", HEADING));
            doc.add(messages(trail));
            doc.add(new Paragraph("Runs (" + trail.runs().size() + ")", HEADING));
            doc.add(runs(trail));
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
    }

    private static PdfPTable messages(AuditTrail trail) {
        PdfPTable table = table(new float[] {1, 3, 2, 1, 8, 4}, "Id", "Time", "Author", "Kind", "Text", "Changes");
        for (MessageView m : trail.messages()) {
            String error = m.errorCode() == null ? "" : " [code " + m.errorCode()
                    + (m.errorReference() == null ? "" : ", reference " + m.errorReference()) + "]";
            row(table, m.id(), m.createdAt(), m.author(), m.kind(), m.body() + error, AuditLines.changes(m));
        }
        return table;
    }

    private static PdfPTable runs(AuditTrail trail) {
        PdfPTable table = table(new float[] {1, 3, 2, 2, 6, 5}, "Id", "Started", "By", "Trigger, state", "Message", "Counts");
        for (RunView r : trail.runs()) {
            row(table, r.id(), r.startedAt(), r.requestedBy() == null ? "timer" : r.requestedBy(), AuditLines.kind(r),
                    r.message(), AuditLines.counts(r));
        }
        return table;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        for (String h : headers) {
            table.addCell(new Phrase(h, HEADING));
        }
        return table;
    }

    private static void row(PdfPTable table, Object... cells) {
        for (Object cell : cells) {
            table.addCell(new Phrase(Objects.toString(cell, ""), TEXT));
        }
    }
}
