/**
 * The synchronization proxy of {@code proxy-api.md} behind the domain's {@code SyncProxy} port: the
 * adapter {@link erp.onlinesync.infrastructure.proxy.OdoofinProxyAdapter}, its REST client, the request
 * signature, the retry of transport faults and the strict reading of answers.
 */
package erp.onlinesync.infrastructure.proxy;
