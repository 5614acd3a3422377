/** Asking for, claiming, executing, pausing and resuming synchronization runs; the scheduler. */
package erp.onlinesync.application.run;
