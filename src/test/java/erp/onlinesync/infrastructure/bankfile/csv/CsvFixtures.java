package erp.onlinesync.infrastructure.bankfile.csv;

import erp.onlinesync.domain.bankfile.CsvMapping;

/** The mappings of the sample CSV files, as a person would set them. */
final class CsvFixtures {

    /** {@code csv-comma.csv}: Date, Description, Counterparty, Amount, Currency, Reference, Transaction ID. */
    static final CsvMapping COMMA = new CsvMapping(',', "UTF-8", 1, "yyyy-MM-dd", '.', 0, 3, -1, -1, 1, 2, 5, 4, 6);
    /** {@code csv-semicolon-1252.csv}: two lines of account, then Date, Libellé, Bénéficiaire, Débit, Crédit, Devise, Référence. */
    static final CsvMapping SEMICOLON = new CsvMapping(';', "windows-1252", 3, "dd/MM/yyyy", ',', 0, -1, 3, 4, 1, 2, 6,
            5, -1);

    private CsvFixtures() {
    }
}
