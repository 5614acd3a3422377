/** Value types shared by every feature: exact money, currency codes, secrets that never print. */
package erp.onlinesync.domain.shared;
