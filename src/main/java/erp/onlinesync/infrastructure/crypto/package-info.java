/** Sealing secrets at rest with AES-GCM, each bound to its row and column, and the keys that seal and open them. */
package erp.onlinesync.infrastructure.crypto;
