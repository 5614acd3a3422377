package erp.onlinesync.domain.bankfile;

import java.io.InputStream;

/**
 * Reads a statement file into a {@link BankFile}. Implemented once per format in
 * {@code infrastructure/bankfile}, behind one entry point that recognises the format.
 */
public interface BankFileReader {

    /**
     * @param in the file, read once and not closed
     * @param format the format the person chose, or null to recognise it from the content
     * @param mapping how to read a CSV file, or null to guess it (delimiter, encoding, columns from the header)
     * @throws BankFileException when the file is empty, not of a known format, broken, or not what {@code format} says
     */
    BankFile read(InputStream in, BankFileFormat format, CsvMapping mapping);

    /**
     * @param head the first bytes of a CSV file (a few kilobytes)
     * @return a mapping guessed from them (delimiter, encoding, decimal separator, date format, columns by header names)
     * @throws BankFileException when nothing sensible can be guessed
     */
    CsvMapping guessCsv(byte[] head);
}
