package erp.onlinesync.domain.link;

import erp.onlinesync.domain.company.Company;
import erp.onlinesync.domain.journal.StatementPeriodicity;
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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A connection to one institution through the synchronization proxy, owning one or more
 * {@link OnlineAccount}s.
 * <p>
 * Life cycle: created {@link LinkState#CONNECTED} by the connect flow; a failing run moves it to
 * {@link LinkState#ERROR} (the next good run moves it back), a revoked consent or a deleted link
 * on the proxy to {@link LinkState#DISCONNECTED}, from which only a reconnect leads back. It is
 * never deleted: its history and imported lines stay.
 * <p>
 * The proxy tokens are held only sealed (AES-GCM, see the crypto package); this class never sees
 * them in clear, and {@link #toString()} names the link only.
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

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "institution_id", length = 100)
    private String institutionId;

    @Column(name = "institution_name", length = 200)
    private String institutionName;

    @Column(name = "provider_type", length = 40)
    private String providerType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkState state = LinkState.CONNECTED;

    @Column(name = "auto_sync", nullable = false)
    private boolean autoSync = true;

    @Column(name = "client_id", length = 200, unique = true)
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

    @Version
    private long version;

    protected OnlineLink() {
    }

    public OnlineLink(Company company, String name, String institutionId, String institutionName, String providerType) {
        this.company = company;
        this.name = name;
        this.institutionId = institutionId;
        this.institutionName = institutionName;
        this.providerType = providerType;
    }

    /** Stores a fresh pair of sealed tokens for {@code clientId}; the previous pair stops being used. */
    public void bindTokens(String clientId, String sealedRefreshToken, String sealedAccessToken) {
        this.clientId = clientId;
        this.refreshTokenSealed = sealedRefreshToken;
        this.accessTokenSealed = sealedAccessToken;
    }

    public void renewAccessToken(String sealedAccessToken) {
        this.accessTokenSealed = sealedAccessToken;
    }

    public void changeState(LinkState newState) {
        this.state = newState;
    }

    public void setAutoSync(boolean autoSync) {
        this.autoSync = autoSync;
    }

    public void setStatementPeriodicity(StatementPeriodicity periodicity) {
        this.statementPeriodicity = periodicity;
    }

    public void setConsentExpiringDate(LocalDate date) {
        this.consentExpiringDate = date;
    }

    public void recordRefresh(Instant at, Instant next) {
        this.lastRefresh = at;
        this.nextRefresh = next;
    }

    public void waitForQuotaUntil(Instant until) {
        this.quotaWaitUntil = until;
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

    @Override
    public String toString() {
        return "OnlineLink[" + id + ", " + name + ", " + state + "]";
    }
}
