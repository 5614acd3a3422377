/** Bank CSV exports read through a column mapping, and the mapping guessed from a file's first lines. */
package erp.onlinesync.infrastructure.bankfile.csv;
