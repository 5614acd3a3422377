package erp.onlinesync.interfaces.web.journal;

import erp.onlinesync.domain.bankfile.CsvMapping;
import java.io.Serializable;

/**
 * The CSV mapping as the import page's form holds it: separators as text, columns numbered from 1
 * (empty for "not in the file"), turned into a {@link CsvMapping} (numbered from 0) only on Preview.
 */
public class CsvColumns implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TAB = "tab";

    private boolean use;
    private String delimiter = ";";
    private String encoding = "UTF-8";
    private int headerRows = 1;
    private String dateFormat = "dd/MM/yyyy";
    private String decimalSeparator = ",";
    private Integer date;
    private Integer amount;
    private Integer debit;
    private Integer credit;
    private Integer label;
    private Integer partner;
    private Integer reference;
    private Integer currency;
    private Integer identifier;

    /** Fills the form from a remembered or guessed mapping, and uses it for the next preview. */
    void show(CsvMapping m) {
        use = true;
        delimiter = m.delimiter() == '\t' ? TAB : String.valueOf(m.delimiter());
        encoding = m.encoding();
        headerRows = m.headerRows();
        dateFormat = m.dateFormat();
        decimalSeparator = String.valueOf(m.decimalSeparator());
        date = shown(m.date());
        amount = shown(m.amount());
        debit = shown(m.debit());
        credit = shown(m.credit());
        label = shown(m.label());
        partner = shown(m.partner());
        reference = shown(m.reference());
        currency = shown(m.currency());
        identifier = shown(m.identifier());
    }

    /** @throws IllegalArgumentException naming the field that does not make sense */
    CsvMapping mapping() {
        if (delimiter == null || delimiter.isEmpty() || decimalSeparator == null || decimalSeparator.length() != 1) {
            throw new IllegalArgumentException("delimiter and decimal separator: one character each");
        }
        char separator = TAB.equals(delimiter) ? '\t' : delimiter.charAt(0);
        return new CsvMapping(separator, encoding, headerRows, dateFormat, decimalSeparator.charAt(0), index(date),
                index(amount), index(debit), index(credit), index(label), index(partner), index(reference), index(currency),
                index(identifier));
    }

    private static Integer shown(int index) {
        return index < 0 ? null : index + 1;
    }

    private static int index(Integer column) {
        return column == null || column < 1 ? -1 : column - 1;
    }

    public boolean isUse() {
        return use;
    }

    public void setUse(boolean use) {
        this.use = use;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public int getHeaderRows() {
        return headerRows;
    }

    public void setHeaderRows(int headerRows) {
        this.headerRows = headerRows;
    }

    public String getDateFormat() {
        return dateFormat;
    }

    public void setDateFormat(String dateFormat) {
        this.dateFormat = dateFormat;
    }

    public String getDecimalSeparator() {
        return decimalSeparator;
    }

    public void setDecimalSeparator(String decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public Integer getDate() {
        return date;
    }

    public void setDate(Integer date) {
        this.date = date;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public Integer getDebit() {
        return debit;
    }

    public void setDebit(Integer debit) {
        this.debit = debit;
    }

    public Integer getCredit() {
        return credit;
    }

    public void setCredit(Integer credit) {
        this.credit = credit;
    }

    public Integer getLabel() {
        return label;
    }

    public void setLabel(Integer label) {
        this.label = label;
    }

    public Integer getPartner() {
        return partner;
    }

    public void setPartner(Integer partner) {
        this.partner = partner;
    }

    public Integer getReference() {
        return reference;
    }

    public void setReference(Integer reference) {
        this.reference = reference;
    }

    public Integer getCurrency() {
        return currency;
    }

    public void setCurrency(Integer currency) {
        this.currency = currency;
    }

    public Integer getIdentifier() {
        return identifier;
    }

    public void setIdentifier(Integer identifier) {
        this.identifier = identifier;
    }
}
