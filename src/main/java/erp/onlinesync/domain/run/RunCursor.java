package erp.onlinesync.domain.run;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a run stands, saved with every page it writes so that a crashed or paused run resumes
 * exactly there: which account, which phase, and the proxy's opaque {@code next_data} for the next
 * page. The query fields of the current account ({@code startDate}, {@code lastTransactionId}) are
 * kept too, because the contract asks that every page of one listing is asked with the same fields.
 *
 * @param accountId the account being synchronized, null before the first one
 * @param phase what is being done for that account
 * @param nextData the proxy's next_data for the next page, or null for the first page of the phase
 * @param startDate the start date sent for the posted listing of this account
 * @param lastTransactionId the last imported identifier sent with that listing
 * @param waitingSince when the provider first answered "currently fetching" for this account
 */
public record RunCursor(Long accountId, Phase phase, String nextData, LocalDate startDate, String lastTransactionId,
        Instant waitingSince) {

    /**
     * The steps of one account, in order. The account is finished right after its pending listing;
     * a run that stopped between the two asks for the pending listing again (it is replaced whole, so
     * asking twice changes nothing) because the bank's balance comes with it.
     */
    public enum Phase {
        REFRESH, POSTED, PENDING
    }

    public static RunCursor startOf(Long accountId) {
        return new RunCursor(accountId, Phase.REFRESH, null, null, null, null);
    }

    public RunCursor waitingSince(Instant since) {
        return new RunCursor(accountId, phase, nextData, startDate, lastTransactionId, since);
    }

    public RunCursor postedFrom(LocalDate start, String lastId) {
        return new RunCursor(accountId, Phase.POSTED, null, start, lastId, null);
    }

    public RunCursor nextPage(String next) {
        return new RunCursor(accountId, phase, next, startDate, lastTransactionId, waitingSince);
    }

    public RunCursor then(Phase next) {
        return new RunCursor(accountId, next, null, startDate, lastTransactionId, null);
    }
}
