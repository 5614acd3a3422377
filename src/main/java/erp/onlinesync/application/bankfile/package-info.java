/** Importing bank statement files into a journal: the stored preview of a file, then its confirm. */
package erp.onlinesync.application.bankfile;
