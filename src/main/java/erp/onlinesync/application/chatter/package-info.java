/** Writing and reading the chatter, in the transaction of the change it tells of. */
package erp.onlinesync.application.chatter;
