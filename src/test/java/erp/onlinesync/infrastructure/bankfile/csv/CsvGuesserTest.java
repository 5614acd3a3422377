package erp.onlinesync.infrastructure.bankfile.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.CsvMapping;
import erp.onlinesync.infrastructure.bankfile.BankFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Mappings guessed from the first bytes of CSV files of several banks and languages. */
class CsvGuesserTest {

    private final CsvGuesser guesser = new CsvGuesser();

    @Test
    void guessesTheCommaFilesMapping() {
        assertEquals(CsvFixtures.COMMA, guesser.guess(BankFiles.bytes("csv-comma.csv")));
    }

    @Test
    void guessesTheSemicolonFilesMappingBelowItsAccountLines() {
        assertEquals(CsvFixtures.SEMICOLON, guesser.guess(BankFiles.bytes("csv-semicolon-1252.csv")));
    }

    @Test
    void aHeadCutInTheMiddleOfACharacterIsStillUtf8() {
        byte[] whole = "Datum\tBetrag\tVerwendungszweck\n05.02.2024\t-19,99\tMärz Gebühr\n06.02.2024\t100,00\tfür"
                .getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 2);
        assertEquals((byte) 0xC3, cut[cut.length - 1], "the head ends with the first byte of 'ü'");

        CsvMapping mapping = guesser.guess(cut);

        assertEquals(new CsvMapping('\t', "UTF-8", 1, "dd.MM.yyyy", ',', 0, 1, -1, -1, 2, -1, -1, -1, -1), mapping);
    }

    @Test
    void monthFirstIsChosenOnlyWhenADaySaysSo() {
        String monthFirst = "Date,Amount,Payee\n03/04/2024,-5.00,Deli\n03/14/2024,-7.25,Cinema\n";
        String dayFirst = "Date,Amount,Payee\n03/04/2024,-5.00,Deli\n04/03/2024,-7.25,Cinema\n";

        assertEquals("MM/dd/yyyy", guesser.guess(bytes(monthFirst)).dateFormat());
        assertEquals("dd/MM/yyyy", guesser.guess(bytes(dayFirst)).dateFormat());
    }

    @Test
    void readsDutchHeadersAndAByteOrderMark() {
        String csv = "\uFEFFDatum;Omschrijving;Tegenpartij;Bedrag;Munt;Mededeling\n"
                + "31-01-2024;Huur;Verhuur BV;-950,00;EUR;RF18539007547034\n";

        assertEquals(new CsvMapping(';', "UTF-8", 1, "dd-MM-yyyy", ',', 0, 3, -1, -1, 1, 2, 5, 4, -1),
                guesser.guess(bytes(csv)));
    }

    @Test
    void withoutAHeaderTheColumnsAreFoundByTheirValues() {
        String csv = "BE71096123456769;2024-01-15;Rent;-1250,00\nBE71096123456769;2024-01-16;Fee;-3,50\n";

        CsvMapping mapping = guesser.guess(bytes(csv));

        assertEquals(0, mapping.headerRows());
        assertEquals(1, mapping.date());
        assertEquals(3, mapping.amount());
        assertEquals(',', mapping.decimalSeparator());
    }

    @Test
    void proseIsNoCsv() {
        String prose = "Dear customer,\nthank you for your letter of last week, which we read with care.\n";

        BankFileException e = assertThrows(BankFileException.class, () -> guesser.guess(bytes(prose)));

        assertEquals(Problem.UNKNOWN_FORMAT, e.problem());
    }

    @Test
    void datesInNoKnownFormatAreSaid() {
        String csv = "Date,Amount\nJan 5 2024,1.00\n";

        BankFileException e = assertThrows(BankFileException.class, () -> guesser.guess(bytes(csv)));

        assertEquals("not a CSV file this module can read: the dates of column 1 ('Jan 5 2024') are in none of the"
                + " formats yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, dd-MM-yyyy", e.getMessage());
    }

    @Test
    void aHeaderAloneGivesNothingToGuessFrom() {
        BankFileException e = assertThrows(BankFileException.class, () -> guesser.guess(bytes("Date;Amount;Label\n")));

        assertEquals("not a CSV file this module can read: no line of entries to guess the dates and amounts from",
                e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
