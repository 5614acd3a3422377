/** The audit trail as a PDF, with OpenPDF. */
package erp.onlinesync.infrastructure.export.pdf;
