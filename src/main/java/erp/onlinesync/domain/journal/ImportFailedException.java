package erp.onlinesync.domain.journal;

/** Writing an import failed in the database; the transaction of the page rolls back, nothing of it is kept. */
public class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
