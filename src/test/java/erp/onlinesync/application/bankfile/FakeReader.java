package erp.onlinesync.application.bankfile;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.BankFileReader;
import erp.onlinesync.domain.bankfile.CsvMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A {@link BankFileReader} answering the file it was given, after reading the whole upload as a reader would. */
final class FakeReader implements BankFileReader {

    static final CsvMapping GUESSED = new CsvMapping(';', "UTF-8", 1, "dd/MM/yyyy", ',', 0, 2, -1, -1, 1, -1, -1, -1, -1);

    BankFile next;
    CsvMapping mappingAsked;
    int guesses;

    @Override
    public BankFile read(InputStream in, BankFileFormat format, CsvMapping mapping) {
        try {
            in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mappingAsked = mapping;
        return next;
    }

    @Override
    public CsvMapping guessCsv(byte[] head) {
        guesses++;
        return GUESSED;
    }
}
