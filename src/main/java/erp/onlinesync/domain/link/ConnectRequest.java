package erp.onlinesync.domain.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A connection a user started on the proxy's connect page and has not finished yet. The proxy sends
 * the browser back with the {@code state} value it was given; only its SHA-256 is stored, and it is
 * accepted once, within ten minutes, from the same user (anti-CSRF: a forged or replayed callback
 * creates nothing). A request from the wizard's pages {@linkplain #choosesAccounts chooses the accounts}
 * afterwards: the callback then maps none and starts no fetch.
 */
@Entity
@Table(name = "connect_state")
public class ConnectRequest {

    @Id
    @Column(name = "state_hash", length = 64)
    private String stateHash;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(nullable = false, length = 20)
    private String mode;

    @Column(name = "institution_id", length = 100)
    private String institutionId;

    @Column(name = "link_id")
    private Long linkId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "choose_accounts", nullable = false)
    private boolean chooseAccounts;

    /** The company the user acted in when starting: a new link belongs to it. */
    @Column(name = "company_id", nullable = false)
    private long companyId;

    protected ConnectRequest() {
    }

    public ConnectRequest(long companyId, String stateHash, String userName, String mode, String institutionId, Long linkId,
            LocalDate startDate, Instant createdAt, Instant expiresAt, boolean chooseAccounts) {
        this.companyId = companyId;
        this.stateHash = stateHash;
        this.userName = userName;
        this.mode = mode;
        this.institutionId = institutionId;
        this.linkId = linkId;
        this.startDate = startDate;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.chooseAccounts = chooseAccounts;
    }

    public long getCompanyId() {
        return companyId;
    }

    /**
     * Uses the request once.
     *
     * @return null when accepted, else why not (for the person: no secret in it)
     */
    public String use(String user, Instant now) {
        if (usedAt != null) {
            return "this connection link was already used";
        }
        if (!userName.equals(user)) {
            return "this connection was started by another user";
        }
        if (now.isAfter(expiresAt)) {
            return "this connection link expired; start again";
        }
        usedAt = now;
        return null;
    }

    public String getMode() {
        return mode;
    }

    public String getInstitutionId() {
        return institutionId;
    }

    public Long getLinkId() {
        return linkId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    /** @return true when the person chooses the new accounts' journals in the wizard, and the first fetch waits for it */
    public boolean choosesAccounts() {
        return chooseAccounts;
    }

    public String getUserName() {
        return userName;
    }
}
