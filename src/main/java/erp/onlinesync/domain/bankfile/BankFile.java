package erp.onlinesync.domain.bankfile;

import java.util.List;

/** What a statement file holds once read: its format and its statements, in file order. */
public record BankFile(BankFileFormat format, List<FileStatement> statements) {

    public BankFile {
        statements = List.copyOf(statements);
    }
}
