/** The audit trail as RFC 4180 CSV. */
package erp.onlinesync.infrastructure.export.csv;
