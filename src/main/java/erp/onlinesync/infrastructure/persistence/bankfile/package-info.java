/** File import previews, remembered CSV mappings and what a file import reads of a journal, on JDBC. */
package erp.onlinesync.infrastructure.persistence.bankfile;
