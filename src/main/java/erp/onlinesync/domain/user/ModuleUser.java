package erp.onlinesync.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A person who may sign in to the module. The password is kept only as a PBKDF2 hash (in the format
 * of Jakarta Security's {@code Pbkdf2PasswordHash}), which the identity store checks.
 * <p>
 * A user is granted companies: every page and API call acts in one of them (the first by id unless
 * the user names another) and sees nothing of the others. Roles are the same in each granted company.
 */
@Entity
@Table(name = "module_user")
public class ModuleUser {

    @Id
    @Column(name = "user_name", length = 100)
    private String userName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_user_role", joinColumns = @JoinColumn(name = "user_name"))
    @Column(name = "role_name", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "module_user_company", joinColumns = @JoinColumn(name = "user_name"))
    @Column(name = "company_id")
    private Set<Long> companies = new TreeSet<>();

    protected ModuleUser() {
    }

    public ModuleUser(String userName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.userName = userName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    /**
     * The password was chosen by someone else (generated and printed in the log, or set by an admin):
     * the pages open only to choose one's own.
     */
    public void requirePasswordChange() {
        passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** @return the module chatter's entry: the user chose their own password */
    public String passwordChanged(String newHash) {
        passwordHash = newHash;
        passwordChangeRequired = false;
        return userName + " changed their password";
    }

    /** @return the module chatter's entry: an admin set a password, which must be changed at the next sign-in */
    public String passwordReset(String newHash, String by) {
        passwordHash = newHash;
        passwordChangeRequired = true;
        return by + " reset the password of " + userName + "; it must be changed at the next sign-in";
    }

    /** @return the module chatter's entry, or empty when the user already was so */
    public Optional<String> activeSet(boolean nowActive, String by) {
        if (active == nowActive) {
            return Optional.empty();
        }
        active = nowActive;
        return Optional.of(by + (nowActive ? " reactivated the user " : " deactivated the user ") + userName
                + (nowActive ? "" : ": no sign-in from now on"));
    }

    /**
     * The company a call of this user acts in.
     *
     * @param asked the company the call names ({@code X-Company}, the page's switcher), or null for the default
     * @return {@code asked} when granted, the first granted company (by id) when none is asked, empty when
     *         {@code asked} is not granted or the user has no company at all
     */
    public OptionalLong companyToActIn(Long asked) {
        SortedSet<Long> granted = getCompanies();
        if (asked != null) {
            return granted.contains(asked) ? OptionalLong.of(asked) : OptionalLong.empty();
        }
        return granted.isEmpty() ? OptionalLong.empty() : OptionalLong.of(granted.first());
    }

    /** @return the module chatter's entry, or empty when the user already had exactly these companies */
    public Optional<String> companiesSet(Set<Long> nowGranted, String by) {
        if (getCompanies().equals(new TreeSet<>(nowGranted))) {
            return Optional.empty();
        }
        String before = getCompanies().toString();
        companies = new TreeSet<>(nowGranted);
        return Optional.of(by + " changed the companies of " + userName + " from " + before + " to " + getCompanies());
    }

    /** @return the ids of the companies the user is granted, in id order */
    public SortedSet<Long> getCompanies() {
        return new TreeSet<>(companies);
    }

    /** Replaces the stored hash by one of the same password made with today's settings. */
    public void rehashed(String newHash) {
        passwordHash = newHash;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getUserName() {
        return userName;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    @Override
    public String toString() {
        return "ModuleUser[" + userName + "]";
    }
}
