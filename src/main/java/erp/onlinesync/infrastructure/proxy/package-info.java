/** The adapter to the odoofin-style synchronization proxy: wire format, signing, retries. */
package erp.onlinesync.infrastructure.proxy;
