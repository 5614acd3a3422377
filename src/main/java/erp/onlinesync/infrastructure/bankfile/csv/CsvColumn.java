package erp.onlinesync.infrastructure.bankfile.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What a CSV column holds, recognised from its header in English, French, Dutch or German. Names are
 * compared without case, accents or punctuation, and a header may add words after one
 * ({@code "Montant (EUR)"}, {@code "Date opération"}).
 */
enum CsvColumn {
    DATE("date", "datum", "booking date", "transaction date", "date operation", "boekingsdatum", "buchungstag",
            "buchungsdatum"),
    AMOUNT("amount", "montant", "bedrag", "betrag", "umsatz"),
    DEBIT("debit", "debet", "soll", "withdrawal"),
    CREDIT("credit", "haben", "deposit"),
    LABEL("label", "libelle", "omschrijving", "description", "details", "memo", "verwendungszweck", "communication",
            "narrative"),
    PARTNER("partner", "counterparty", "tegenpartij", "naam tegenpartij", "beneficiaire", "payee", "name", "nom",
            "beguenstigter", "zahlungspflichtiger", "auftraggeber", "empfanger"),
    REFERENCE("reference", "referentie", "referenz", "mededeling", "structured reference"),
    CURRENCY("currency", "devise", "munt", "wahrung", "waehrung"),
    IDENTIFIER("transaction id", "id", "fitid", "bank reference", "identifiant", "transactie id");

    private final List<String> names;

    CsvColumn(String... names) {
        this.names = List.of(names);
    }

    /** @return the column this header names, or null */
    static CsvColumn named(String header) {
        String plain = plain(header);
        for (CsvColumn column : values()) {
            for (String name : column.names) {
                if (plain.equals(name) || plain.startsWith(name + " ")) {
                    return column;
                }
            }
        }
        return null;
    }

    /** {@code "Libellé / Détails"} becomes {@code "libelle details"}. */
    private static String plain(String header) {
        String unaccented = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
