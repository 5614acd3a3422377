package erp.onlinesync.application.link;

import erp.onlinesync.domain.chatter.TrackedChange;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.link.RenewalContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person asks to change in a link's settings; a null field is left as it is. The field
 * names are the API's, and they also name the fields in the chatter's tracking.
 */
public record LinkSettingsChange(Boolean autoSync, StatementPeriodicity statementPeriodicity, RenewalContact renewalContact) {

    public static final String AUTO_SYNC = "auto_sync";
    public static final String STATEMENT_PERIODICITY = "statement_periodicity";
    public static final String RENEWAL_CONTACT = "renewal_contact";

    /** A change of the synchronization settings alone, the renewal contact left as it is. */
    public LinkSettingsChange(Boolean autoSync, StatementPeriodicity statementPeriodicity) {
        this(autoSync, statementPeriodicity, null);
    }

    /**
     * @return one tracked change per field this request really changes, old and new values as the
     *         API writes them ({@code "true"}, {@code "month"}); empty when nothing changes
     */
    public List<TrackedChange> diff(boolean currentAutoSync, StatementPeriodicity currentPeriodicity,
            Optional<RenewalContact> currentContact) {
        List<TrackedChange> changes = new ArrayList<>();
        if (autoSync != null && autoSync != currentAutoSync) {
            changes.add(new TrackedChange(AUTO_SYNC, String.valueOf(currentAutoSync), String.valueOf(autoSync)));
        }
        if (statementPeriodicity != null && statementPeriodicity != currentPeriodicity) {
            changes.add(new TrackedChange(STATEMENT_PERIODICITY, currentPeriodicity.apiName(), statementPeriodicity.apiName()));
        }
        String oldContact = currentContact.map(RenewalContact::value).orElse(null);
        if (renewalContact != null && !Objects.equals(renewalContact.value(), oldContact)) {
            changes.add(new TrackedChange(RENEWAL_CONTACT, oldContact, renewalContact.value()));
        }
        return changes;
    }
}
