/** The one writer of imported transactions: batched insert-if-absent, statements, balances. */
package erp.onlinesync.application.importing;
