/**
 * The sandbox synchronization proxy shipped in the WAR under {@code {context}/sandbox}: a stand-alone fake
 * of the outside system of {@code proxy-api.md}, which uses nothing of the module but the shared signature
 * rule and value helpers.
 */
package erp.onlinesync.sandbox;
