/** The port to the synchronization proxy: what the engine asks of any adapter, in domain terms. */
package erp.onlinesync.domain.proxy;
