/** Bank journals, statements and statement lines, and how lines are grouped into statements. */
package erp.onlinesync.domain.journal;
