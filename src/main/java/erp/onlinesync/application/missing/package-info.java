/** Find Missing Transactions: what the bank has and the journal lacks, imported on request. */
package erp.onlinesync.application.missing;
