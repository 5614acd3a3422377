/** Synchronization runs: their states, cursor, start-date rule and what each proxy error does. */
package erp.onlinesync.domain.run;
