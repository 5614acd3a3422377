/** Sealing secrets at rest with AES-GCM. */
package erp.onlinesync.infrastructure.crypto;
