/** The domain's bank-file reader: recognises a statement file's format from its first bytes and hands it to the reader of that format. */
package erp.onlinesync.infrastructure.bankfile;
