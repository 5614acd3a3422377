package erp.onlinesync.domain.bankfile;

/** The file formats the module reads; the API's {@code format} field names them in lower case. */
public enum BankFileFormat {
    /** ISO 20022 camt.053 (end of day), camt.052 (intraday) and camt.054 (notifications), every version. */
    CAMT,
    /** OFX / QFX 1.x (SGML) and 2.x (XML). */
    OFX,
    /** Comma- or semicolon-separated text read through a {@link CsvMapping}. */
    CSV
}
