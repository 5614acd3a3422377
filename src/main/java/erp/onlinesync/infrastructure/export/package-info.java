/** The auditor's export of a link's chatter and runs, one sub-package per file format. */
package erp.onlinesync.infrastructure.export;
