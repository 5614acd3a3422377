package erp.onlinesync.infrastructure.bankfile;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.BankFileReader;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.infrastructure.bankfile.camt.CamtReader;
import erp.onlinesync.infrastructure.bankfile.csv.CsvReader;
import erp.onlinesync.infrastructure.bankfile.ofx.OfxReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The one entry point for statement files: looks at the first {@value #HEAD} bytes to recognise the format
 * when the person did not choose one (and to refuse a choice the content contradicts), guesses a CSV mapping
 * when none is given, and hands the stream, unread, to the reader of that format. The readers stream: the
 * file is never held whole, and its size limit is the caller's to enforce.
 */
@ApplicationScoped
public class BankFileReaders implements BankFileReader {

    /** Enough for every format's markers and for a CSV guess over some hundred lines. */
    static final int HEAD = 16 * 1024;

    private final CamtReader camt = new CamtReader();
    private final OfxReader ofx = new OfxReader();
    private final CsvReader csv = new CsvReader();

    @Override
    public BankFile read(InputStream in, BankFileFormat format, CsvMapping mapping) {
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD);
        byte[] head = head(buffered);
        BankFileFormat recognised = FormatRecognition.of(head);
        BankFileFormat chosen = format == null ? recognised : format;
        if (chosen != recognised && recognised != BankFileFormat.CSV) {
            throw new BankFileException(Problem.UNKNOWN_FORMAT, "the file is " + name(recognised) + ", not "
                    + name(chosen) + " as chosen");
        }
        return switch (chosen) {
            case CAMT -> camt.read(buffered);
            case OFX -> ofx.read(buffered);
            case CSV -> csv.read(buffered, mapping != null ? mapping : csv.guess(head));
        };
    }

    @Override
    public CsvMapping guessCsv(byte[] head) {
        if (head.length == 0) {
            throw empty();
        }
        return csv.guess(head);
    }

    /** @return up to {@link #HEAD} first bytes, which the stream gives again */
    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (head.length == 0) {
                throw empty();
            }
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(BankFileFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static BankFileException empty() {
        return new BankFileException(Problem.EMPTY, "the file is empty");
    }
}
