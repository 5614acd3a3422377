/** The module's figures for the admin's monitoring: MicroProfile Metrics (Prometheus text at {@code /metrics}). */
package erp.onlinesync.infrastructure.metrics;
