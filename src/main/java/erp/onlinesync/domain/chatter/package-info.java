/** The append-only log of messages and tracked changes that tells auditors what happened to a record. */
package erp.onlinesync.domain.chatter;
