/**
 * The {@code SyncProxy} the engine is given: {@link erp.onlinesync.infrastructure.routing.ProviderRouting}
 * sends each link's calls to the adapter of its provider type (the proxy, or MyPonto directly).
 */
package erp.onlinesync.infrastructure.routing;
