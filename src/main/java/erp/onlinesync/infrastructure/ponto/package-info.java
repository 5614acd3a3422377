/**
 * MyPonto without the proxy: {@link erp.onlinesync.infrastructure.ponto.PontoConnectAdapter}, the second adapter
 * of the {@code SyncProxy} port, the one class that knows Ponto Connect's wire (OAuth2 client credentials,
 * JSON:API accounts, transactions and synchronizations), with its HTTP transport (mTLS) and its settings.
 */
package erp.onlinesync.infrastructure.ponto;
