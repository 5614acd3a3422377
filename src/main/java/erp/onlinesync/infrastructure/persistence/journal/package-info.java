/** The engine's writer of statement lines on JDBC: batched insert-if-absent, statements, balances, opening line. */
package erp.onlinesync.infrastructure.persistence.journal;
