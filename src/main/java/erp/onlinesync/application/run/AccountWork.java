package erp.onlinesync.application.run;

import erp.onlinesync.domain.journal.ImportTarget;
import java.time.LocalDate;

/** One mapped account of a run: where its lines go, its identifier on the proxy, its first import date. */
record AccountWork(ImportTarget target, String onlineIdentifier, String journalCode, LocalDate chosenStart) {
}
