/** MicroProfile Health readiness and liveness checks. */
package erp.onlinesync.infrastructure.health;
