/**
 * Value types shared by every feature (exact money, currency codes, secrets that never print) and the
 * installation-wide ports: the installation id, once-per-period claims of periodic jobs, outgoing mail.
 */
package erp.onlinesync.domain.shared;
