/**
 * Value types shared by every feature (exact money, currency codes, secrets that never print) and the
 * installation-wide ports: the installation id, once-per-period claims of periodic jobs, outgoing mail,
 * sealing secrets for storage (bound to their place, with key rotation).
 */
package erp.onlinesync.domain.shared;
