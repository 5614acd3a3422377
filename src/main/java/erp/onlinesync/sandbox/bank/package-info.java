/** The sandbox's fake institutions and their deterministic accounts and transactions. */
package erp.onlinesync.sandbox.bank;
