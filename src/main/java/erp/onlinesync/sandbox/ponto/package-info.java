/**
 * A fake of Ponto Connect, MyPonto's API, for tests and demos only: {@link erp.onlinesync.sandbox.ponto.PontoConnectFake}
 * holds integrations, accounts and transactions in memory and answers the calls the module's MyPonto adapter makes;
 * {@link erp.onlinesync.sandbox.ponto.PontoConnectResource} serves it under {@code /sandbox/ponto} with a control API.
 */
package erp.onlinesync.sandbox.ponto;
