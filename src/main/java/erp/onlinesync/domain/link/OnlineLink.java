package erp.onlinesync.domain.link;

import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.TokenGrant;
import erp.onlinesync.domain.shared.SealedPlace;
import erp.onlinesync.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A connection to one institution through the synchronization proxy, owning one or more
 * {@link OnlineAccount}s.
 * <p>
 * Life cycle: created {@link LinkState#CONNECTED} by the connect flow ({@link #connected}); a failing
 * run moves it to {@link LinkState#ERROR} ({@link #runFailed}; the next good run, {@link #runSucceeded},
 * moves it back), a revoked consent or a deleted link on the proxy to {@link LinkState#DISCONNECTED},
 * from which only the connect flow leads back. A link that was ever finished (an account mapped to a
 * journal) is never deleted: its history and imported lines stay. Only the nightly clean-up deletes a
 * link, one never finished for a month and without runs ({@link #removalAsUnfinished}).
 * Every change returns the chatter entries that tell of it, for the service to post in the same
 * transaction.
 * <p>
 * Scheduling: {@code nextRefresh} is set at connection and after every run; after failures it follows
 * {@link RetrySchedule}. Repeats of the same failure by unattended runs are counted, not written one
 * by one: the first is told, the repeats are summed up once a day and when the link recovers.
 * <p>
 * Consent: the proxy gives the date the bank's consent runs out; {@link #dueConsentReminder} says which
 * reminder ({@link ConsentReminder}) is due for the {@linkplain #getRenewalContact renewal contact}, and a
 * reconnect before that date ({@link #connected}) keeps the link connected on its schedule.
 * <p>
 * The proxy tokens are held only sealed (AES-GCM, see the crypto package), each bound to its place
 * ({@link #refreshTokenPlace}, {@link #accessTokenPlace}); this class never sees them in clear, and
 * {@link #toString()} names the link only. Tokens sealed with a key the module no longer has make the
 * link wait for a reconnect ({@link #sealedWithUnknownKey}).
 */
@Entity
@Table(name = "online_link")
public class OnlineLink {

    @Id
    @SequenceGenerator(name = "online_link_seq", sequenceName = "online_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_link_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false, length = Institution.NAME_MAX)
    private String name;

    @Column(name = "institution_id", length = Institution.ID_MAX)
    private String institutionId;

    @Column(name = "institution_name", length = Institution.NAME_MAX)
    private String institutionName;

    @Column(name = "provider_type", length = Institution.PROVIDER_TYPE_MAX)
    private String providerType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkState state = LinkState.CONNECTED;

    @Column(name = "auto_sync", nullable = false)
    private boolean autoSync = true;

    @Column(name = "client_id", length = TokenGrant.CLIENT_ID_MAX, unique = true)
    private String clientId;

    @Column(name = "refresh_token_sealed", length = 2000)
    private String refreshTokenSealed;

    @Column(name = "access_token_sealed", length = 2000)
    private String accessTokenSealed;

    @Column(name = "consent_expiring_date")
    private LocalDate consentExpiringDate;

    @Column(name = "last_refresh")
    private Instant lastRefresh;

    @Column(name = "next_refresh")
    private Instant nextRefresh;

    @Enumerated(EnumType.STRING)
    @Column(name = "statement_periodicity", nullable = false, length = 10)
    private StatementPeriodicity statementPeriodicity = StatementPeriodicity.MONTH;

    /** Opaque data the provider wants back (never secrets): kept as JSON text. */
    @Column(name = "provider_data", length = 4000)
    private String providerData;

    /** While set in the future, no call for this link goes out (quota reached, code 202). */
    @Column(name = "quota_wait_until")
    private Instant quotaWaitUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_action", length = 20)
    private NextAction problemAction;

    @Column(name = "problem_message", length = PROBLEM_MAX)
    private String problemMessage;

    /** Consecutive failed runs, for the backoff; 0 after a good run. */
    @Column(name = "failure_count", nullable = false)
    private int failureCount;

    /** The code of the last failure told in the chatter, of which repeats are counted. */
    @Column(name = "failure_code")
    private Integer failureCode;

    /** Repeats of {@code failureCode} by unattended runs not yet told in the chatter. */
    @Column(name = "failure_repeats", nullable = false)
    private int failureRepeats;

    @Column(name = "failure_reported_at")
    private Instant failureReportedAt;

    /** Who is reminded of the consent's expiry: see {@link RenewalContact}; null only for links older than the field. */
    @Column(name = "renewal_contact", length = RenewalContact.MAX)
    private String renewalContact;

    /** When the connect flow created the link, from which a link never finished counts its age. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** Longest problem text kept for the dashboard's banner; the chatter has the whole message. */
    public static final int PROBLEM_MAX = 1000;
    /** How often repeats of one failure are summed up in the chatter while they go on. */
    public static final Duration REPEAT_SUMMARY_PERIOD = Duration.ofDays(1);
    /** The table the link's sealed values are bound to. */
    public static final String TABLE = "online_link";
    /** What the link's chatter and banner say when its tokens are sealed with a key the module no longer has. */
    public static final String SECRET_KEY_CHANGED = "The module's secret key changed: reconnect.";
    /** The failure code of {@link #sealedWithUnknownKey}; the module's own kinds are negative. */
    public static final int SECRET_KEY_CHANGED_CODE = -101;

    protected OnlineLink() {
    }

    public OnlineLink(Company company, String name, String institutionId, String institutionName, String providerType,
            Instant createdAt) {
        this.company = company;
        this.name = Text.singleLine(name, Institution.NAME_MAX);
        this.institutionId = institutionId;
        this.institutionName = Text.singleLine(institutionName, Institution.NAME_MAX);
        this.providerType = Text.singleLine(providerType, Institution.PROVIDER_TYPE_MAX);
        this.createdAt = createdAt;
    }

    /** Where the link's refresh token is stored, bound into its seal: it opens nowhere else. */
    public static SealedPlace refreshTokenPlace(long linkId) {
        return new SealedPlace(TABLE, linkId, "refresh_token");
    }

    /** Where the link's access token is stored, bound into its seal. */
    public static SealedPlace accessTokenPlace(long linkId) {
        return new SealedPlace(TABLE, linkId, "access_token");
    }

    /**
     * Stores a fresh pair of sealed tokens for {@code clientId}, sealed for {@link #refreshTokenPlace} and
     * {@link #accessTokenPlace} of this link's id; the previous pair stops being used.
     */
    public void bindTokens(String clientId, String sealedRefreshToken, String sealedAccessToken) {
        this.clientId = clientId;
        this.refreshTokenSealed = sealedRefreshToken;
        this.accessTokenSealed = sealedAccessToken;
    }

    public void renewAccessToken(String sealedAccessToken) {
        this.accessTokenSealed = sealedAccessToken;
    }

    /**
     * The connect flow went through (a new link, a reconnect, new credentials): the only way out of
     * {@link LinkState#DISCONNECTED}. The problem is cleared and the first automatic run planned one
     * interval on (the flow starts the first fetch itself).
     *
     * @param autoSyncAllowed false when the institution forbids unattended synchronization
     */
    public List<ChatterEntry> connected(boolean autoSyncAllowed, Instant now, RetrySchedule schedule) {
        List<ChatterEntry> entries = new ArrayList<>();
        moveTo(LinkState.CONNECTED, entries);
        clearProblem();
        if (nextRefresh == null || lastRefresh == null) {
            nextRefresh = schedule.afterSuccess(now);
        }
        if (!autoSyncAllowed && autoSync) {
            entries.add(switchAutoSync(false,
                    "This institution does not allow automatic synchronization: fetch its transactions by hand."));
        }
        return entries;
    }

    /** A person or the proxy revoked the link: no run brings it back, only the connect flow. */
    public List<ChatterEntry> disconnected() {
        List<ChatterEntry> entries = new ArrayList<>();
        moveTo(LinkState.DISCONNECTED, entries);
        problemAction = NextAction.RECONNECT;
        if (autoSync) {
            entries.add(switchAutoSync(false, "Automatic synchronization switched off."));
        }
        return entries;
    }

    /**
     * The database is a copy of production (a test or training copy): it must never pass for the
     * original with the proxy. The link is disconnected and its client id and tokens dropped, so it
     * makes no proxy call, and only the connect flow brings it back.
     */
    public List<ChatterEntry> neutralized() {
        List<ChatterEntry> entries = disconnected();
        dropCredentials();
        entries.add(ChatterEntry.of(MessageKind.NOTE, "This database was neutralized as a copy: the link's tokens were"
                + " dropped and it calls the synchronization service no more until an admin reconnects it."));
        return entries;
    }

    /**
     * The clean-up's rule for links never finished: a link with no account mapped to a journal and
     * created before {@code limit} is removed. It is deleted when no run refers to it; otherwise its row
     * and runs stay and it is disconnected with its tokens dropped, after which nothing is left to
     * remove and the clean-up leaves it alone.
     *
     * @param anyAccountMapped whether an account of the link is mapped to a journal
     * @param hasRuns whether a run of the link was ever recorded
     */
    public UnfinishedRemoval removalAsUnfinished(Instant limit, boolean anyAccountMapped, boolean hasRuns) {
        if (anyAccountMapped || !createdAt.isBefore(limit)) {
            return UnfinishedRemoval.NONE;
        }
        if (!hasRuns) {
            return UnfinishedRemoval.DELETE;
        }
        return state == LinkState.DISCONNECTED && !holdsCredentials() ? UnfinishedRemoval.NONE : UnfinishedRemoval.DISCONNECT;
    }

    /**
     * The clean-up removes the link as never finished ({@link #removalAsUnfinished}): it is disconnected
     * and its client id and tokens dropped, so it calls the proxy no more, whether its row is deleted
     * next or kept.
     *
     * @param rowKept true when the row stays for its runs
     * @return the entries telling of it, for the link's chatter, which outlives the row: the state changes
     *         and a note for a row kept, the note alone for a row deleted (its last word)
     */
    public List<ChatterEntry> removedAsUnfinished(boolean rowKept) {
        List<ChatterEntry> changes = disconnected();
        dropCredentials();
        List<ChatterEntry> entries = rowKept ? changes : new ArrayList<>();
        entries.add(ChatterEntry.of(MessageKind.NOTE, "Removed by the clean-up: never finished (no account mapped) since "
                + LocalDate.ofInstant(createdAt, ZoneOffset.UTC) + (rowKept ? "; kept, disconnected, for its run history." : ".")));
        return entries;
    }

    /**
     * A run went through: connected again (unless disconnected meanwhile), the next automatic run one
     * interval on, the problem and the failure counters cleared; when the link had failed, one entry
     * says so with the repeats not yet told.
     */
    public List<ChatterEntry> runSucceeded(Instant now, RetrySchedule schedule) {
        List<ChatterEntry> entries = new ArrayList<>();
        if (failureCount > 0) {
            entries.add(ChatterEntry.of(MessageKind.RUN, "Synchronization works again after " + failureCount
                    + " failed run" + (failureCount == 1 ? "" : "s") + repeatsSuffix() + "."));
        }
        if (state != LinkState.DISCONNECTED) {
            moveTo(LinkState.CONNECTED, entries);
            clearProblem();
        }
        lastRefresh = now;
        nextRefresh = schedule.afterSuccess(now);
        failureCount = 0;
        failureCode = null;
        failureRepeats = 0;
        failureReportedAt = null;
        return entries;
    }

    /**
     * A run failed (or the proxy reported an error): the state moves as the failure says (never out of
     * disconnected), the problem is kept for the dashboard, the next automatic run backs off
     * ({@link RetrySchedule}). The error is told once; its repeats by unattended runs are counted and
     * summed up once a {@linkplain #REPEAT_SUMMARY_PERIOD day}.
     *
     * @param unattended true for a timer or webhook run: nobody waits for its message
     */
    public List<ChatterEntry> runFailed(LinkFailure failure, boolean unattended, Instant now, RetrySchedule schedule) {
        List<ChatterEntry> entries = new ArrayList<>();
        if (failure.newState() != null && (state != LinkState.DISCONNECTED || failure.newState() == LinkState.DISCONNECTED)) {
            moveTo(failure.newState(), entries);
        }
        if (failure.autoSyncOff() && autoSync) {
            entries.add(switchAutoSync(false, "Automatic synchronization switched off."));
        }
        problemAction = state == LinkState.DISCONNECTED ? NextAction.RECONNECT : failure.action();
        problemMessage = Text.freeText(failure.message(), PROBLEM_MAX);
        failureCount++;
        nextRefresh = schedule.afterFailure(failureCount, now, failure.notBefore());
        if (failure.notBefore() != null) {
            quotaWaitUntil = failure.notBefore();
        }
        boolean repeat = unattended && failureCode != null && failureCode == failure.code();
        if (!repeat) {
            failureCode = failure.code();
            failureRepeats = 0;
            failureReportedAt = now;
            entries.add(ChatterEntry.error(failure.message(), failure.code(), failure.reference()));
        } else {
            failureRepeats++;
            if (!now.isBefore(failureReportedAt.plus(REPEAT_SUMMARY_PERIOD))) {
                entries.add(ChatterEntry.error("The same failure repeated" + repeatsSuffix() + ": " + failure.message(),
                        failure.code(), failure.reference()));
                failureRepeats = 0;
                failureReportedAt = now;
            }
        }
        return entries;
    }

    /**
     * The link's tokens are sealed with a key the module no longer has ({@code sync.secret-key} changed
     * without listing the old key): no run can open them, only the connect flow gives the link new ones.
     * It fails as an unattended run would, to error with Reconnect to offer, told once and its repeats
     * counted, but with no automatic run planned: each would fail the same way. {@link #connected} plans
     * the next one.
     */
    public List<ChatterEntry> sealedWithUnknownKey(Instant now, RetrySchedule schedule) {
        List<ChatterEntry> entries = runFailed(new LinkFailure(LinkState.ERROR, false, NextAction.RECONNECT,
                SECRET_KEY_CHANGED_CODE, SECRET_KEY_CHANGED, null, null), true, now, schedule);
        nextRefresh = null;
        return entries;
    }

    /** What the chatter says when the tokens, opened with an old key, were sealed again with the current one. */
    public static ChatterEntry tokensResealed() {
        return ChatterEntry.of(MessageKind.NOTE, "Key rotation: the link's tokens were sealed again with the module's current"
                + " secret key.");
    }

    /**
     * The connect flow went through for {@code user}: the first one to connect the link becomes its renewal
     * contact; a reconnect keeps the contact a person chose.
     */
    public void connectedBy(String user) {
        if (renewalContact == null && user != null) {
            renewalContact = new RenewalContact(user).value();
        }
    }

    /**
     * The rule of {@link ConsentReminder#due} for this link: none for a disconnected link (nothing to keep
     * importing), none without an expiry date.
     *
     * @param sent the thresholds already sent for the link's current expiry date
     */
    public Optional<ConsentReminder> dueConsentReminder(LocalDate today, Set<Integer> sent) {
        return state == LinkState.DISCONNECTED ? Optional.empty() : ConsentReminder.due(consentExpiringDate, today, sent);
    }

    /** A person or the institution turns automatic synchronization on or off. */
    public ChatterEntry switchAutoSync(boolean on, String why) {
        boolean old = autoSync;
        autoSync = on;
        return ChatterEntry.tracked(why, "auto_sync", old, on);
    }

    /** A person's change of the settings; a null leaves that setting as it is. The caller tracks the change. */
    public void configure(Boolean autoSyncOn, StatementPeriodicity periodicity, RenewalContact contact) {
        if (autoSyncOn != null) {
            this.autoSync = autoSyncOn;
        }
        if (periodicity != null) {
            this.statementPeriodicity = periodicity;
        }
        if (contact != null) {
            this.renewalContact = contact.value();
        }
    }

    public void setConsentExpiringDate(LocalDate date) {
        this.consentExpiringDate = date;
    }

    /**
     * The provider's quota or rate limit is reached: no call for this link goes out before {@code until};
     * the state stays (nothing is wrong with the link).
     */
    public ChatterEntry limitedUntil(Instant until, int code, String message, String reference) {
        quotaWaitUntil = until;
        if (nextRefresh == null || nextRefresh.isBefore(until)) {
            nextRefresh = until;
        }
        return ChatterEntry.error(message, code, reference);
    }

    private void moveTo(LinkState newState, List<ChatterEntry> entries) {
        if (state != newState) {
            entries.add(ChatterEntry.tracked("State changed.", "state", state.name().toLowerCase(Locale.ROOT),
                    newState.name().toLowerCase(Locale.ROOT)));
            state = newState;
        }
    }

    /** No call for the link can go out any more: only the connect flow gives it credentials again. */
    private void dropCredentials() {
        clientId = null;
        refreshTokenSealed = null;
        accessTokenSealed = null;
        nextRefresh = null;
    }

    private boolean holdsCredentials() {
        return clientId != null || refreshTokenSealed != null || accessTokenSealed != null;
    }

    private void clearProblem() {
        problemAction = null;
        problemMessage = null;
    }

    private String repeatsSuffix() {
        return failureRepeats == 0 ? "" : " (the failure with code " + failureCode + " repeated " + failureRepeats
                + " more time" + (failureRepeats == 1 ? "" : "s") + " since " + failureReportedAt + ")";
    }

    public void setProviderData(String providerData) {
        this.providerData = providerData;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getInstitutionId() {
        return institutionId;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public String getProviderType() {
        return providerType;
    }

    /** @return true for a direct MyPonto link: no proxy connect page, its secret is replaced instead */
    public boolean isPontoDirect() {
        return ProxySession.PONTO_DIRECT.equals(providerType);
    }

    public LinkState getState() {
        return state;
    }

    public boolean isAutoSync() {
        return autoSync;
    }

    public String getClientId() {
        return clientId;
    }

    /** @return the sealed refresh token, for the crypto layer only */
    public String sealedRefreshToken() {
        return refreshTokenSealed;
    }

    /** @return the sealed access token, for the crypto layer only */
    public String sealedAccessToken() {
        return accessTokenSealed;
    }

    public LocalDate getConsentExpiringDate() {
        return consentExpiringDate;
    }

    public Instant getLastRefresh() {
        return lastRefresh;
    }

    public Instant getNextRefresh() {
        return nextRefresh;
    }

    public StatementPeriodicity getStatementPeriodicity() {
        return statementPeriodicity;
    }

    public String getProviderData() {
        return providerData;
    }

    public Instant getQuotaWaitUntil() {
        return quotaWaitUntil;
    }

    /** @return what a person must do, or null while the link is fine */
    public NextAction getProblemAction() {
        return problemAction;
    }

    /** @return why, as the last error said it (cut for the banner), or null */
    public String getProblemMessage() {
        return problemMessage;
    }

    public int getFailureCount() {
        return failureCount;
    }

    public int getFailureRepeats() {
        return failureRepeats;
    }

    /** @return the renewal contact, or empty for a link older than the field whose connect was not found */
    public Optional<RenewalContact> getRenewalContact() {
        return Optional.ofNullable(renewalContact).map(RenewalContact::new);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "OnlineLink[" + id + ", " + name + ", " + state + "]";
    }
}
