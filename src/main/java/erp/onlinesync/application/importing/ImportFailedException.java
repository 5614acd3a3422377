package erp.onlinesync.application.importing;

import jakarta.ejb.ApplicationException;

/** Writing an import failed in the database; the transaction of the page rolls back, nothing of it is kept. */
@ApplicationException(rollback = true)
public class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
