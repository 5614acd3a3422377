/** Links of the sandbox: their self-verifying identifiers and tokens, runtime state and exchange tokens. */
package erp.onlinesync.sandbox.link;
