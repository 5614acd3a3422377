/** The wire side of the sandbox: the {@code /proxy/v1/*} calls of the contract, their checks and faults. */
package erp.onlinesync.sandbox.proxy;
