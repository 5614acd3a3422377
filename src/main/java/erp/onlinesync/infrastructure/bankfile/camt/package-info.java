/** ISO 20022 camt.052, camt.053 and camt.054 files of every version, read by streaming StAX into bank-file statements. */
package erp.onlinesync.infrastructure.bankfile.camt;
