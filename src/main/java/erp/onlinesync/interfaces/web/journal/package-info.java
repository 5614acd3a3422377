/** Pages of a bank journal: its statement lines and the Find Duplicates and Find Missing wizards. */
package erp.onlinesync.interfaces.web.journal;
