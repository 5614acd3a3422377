/** Bank statement files (camt.05x, OFX, CSV) as the module reads them: statements, entries, the CSV mapping, the reading errors. */
package erp.onlinesync.domain.bankfile;
