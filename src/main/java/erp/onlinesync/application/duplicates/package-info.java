/** Finding suspected duplicate statement lines of a journal, and deleting the ones a person picks. */
package erp.onlinesync.application.duplicates;
