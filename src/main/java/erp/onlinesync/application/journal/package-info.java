/** Reading bank journals and finding or creating the journal of an online account. */
package erp.onlinesync.application.journal;
