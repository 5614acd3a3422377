package erp.onlinesync.domain.run;

import java.time.LocalDate;

/**
 * The first booking date to ask the proxy for (contract section 5): the day after the newest imported
 * posted transaction, minus the overlap window that catches transactions the bank books late (the
 * identifier check drops what was already imported); for an account with nothing imported, the
 * date the user chose or null for all history. Never on or before the company's lock date.
 */
public final class StartDateRule {

    private StartDateRule() {
    }

    /**
     * @param newestImported booking date of the newest imported posted transaction, or null
     * @param chosenStart the start date chosen at connection, or null for all history
     * @param overlapDays the overlap window, 0 or more
     * @param lockDate the company's lock date, or null
     * @return the start date, or null to ask for all the history the provider has
     */
    public static LocalDate startDate(LocalDate newestImported, LocalDate chosenStart, int overlapDays, LocalDate lockDate) {
        if (overlapDays < 0) {
            throw new IllegalArgumentException("overlap days must not be negative");
        }
        LocalDate start = newestImported == null ? chosenStart : newestImported.plusDays(1).minusDays(overlapDays);
        if (lockDate != null && (start == null || !start.isAfter(lockDate))) {
            return lockDate.plusDays(1);
        }
        return start;
    }
}
