package erp.onlinesync.application.user;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.company.CompanyAccess;
import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.user.ModuleUser;
import erp.onlinesync.domain.user.PasswordHasher;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.domain.user.UserAccessChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Creates and lists the people who may sign in. Passwords arrive as {@link Secret} and leave only
 * as a PBKDF2 hash.
 */
@Stateless
public class UserService {

    /** Shortest password accepted: long enough to resist guessing at PBKDF2 speed. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USER_NAME = Pattern.compile("[a-zA-Z0-9._@-]{2,100}");
    private static final AtomicReference<String> DECOY = new AtomicReference<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hashing;

    @Inject
    Clock clock;

    @Inject
    ChatterService chatter;

    @Inject
    Event<UserAccessChanged> accessChanged;

    @Inject
    CompanyAccess access;

    @Inject
    ActingCompany acting;

    /**
     * @param by who creates the user, told in the module's chatter; null for the module itself
     * @param companies the companies the user is granted; null for the creator's acting company (every
     *        company when the module creates the user)
     * @throws InvalidUserException when the name is malformed or taken, or the password too short, or a company unknown
     * @throws BadRequestException {@code company-not-granted} for a company the creator is not granted
     */
    public ModuleUser create(String by, String userName, Secret password, Set<Role> roles, Collection<Long> companies) {
        if (userName == null || !USER_NAME.matcher(userName).matches()) {
            throw new InvalidUserException("invalid-field", "name must be 2 to 100 letters, digits or . _ @ -");
        }
        requireLength(password);
        if (exists(userName)) {
            throw new InvalidUserException("conflict", "a user named " + userName + " already exists");
        }
        Set<Long> granted = grantable(by, companies != null ? companies : by == null ? access.allIds() : List.of(acting.id()));
        ModuleUser user = new ModuleUser(userName, hashing.hash(password.reveal().toCharArray()), roles, Instant.now(clock));
        user.companiesSet(granted, by);
        em.persist(user);
        audit(by, (by == null ? "The module, at its first start," : by) + " created the user " + userName + " with the roles "
                + user.getRoles().stream().map(Role::roleName).toList() + " in the companies " + user.getCompanies());
        return user;
    }

    /**
     * After a successful sign-in, the only moment the password is known: a hash made with weaker
     * settings (fewer iterations) is replaced by one made with today's.
     */
    public void upgradeHash(String userName, Secret password) {
        ModuleUser user = em.find(ModuleUser.class, userName);
        if (user != null && hashing.isOutdated(user.getPasswordHash())) {
            user.rehashed(hashing.hash(password.reveal().toCharArray()));
        }
    }

    /**
     * A user chooses their own password, proving the current one; the module's chatter tells of it.
     *
     * @throws InvalidUserException {@code invalid-field} for a wrong current password, a new one too short
     *         or the same as the current one
     */
    public void changeOwnPassword(String userName, Secret current, Secret next) {
        ModuleUser user = find(userName);
        if (!hashing.matches(current.reveal().toCharArray(), user.getPasswordHash())) {
            throw new InvalidUserException("invalid-field", "current_password is not the user's password");
        }
        requireLength(next);
        if (next.reveal().equals(current.reveal())) {
            throw new InvalidUserException("invalid-field", "new_password must differ from the current one");
        }
        audit(userName, user.passwordChanged(hashing.hash(next.reveal().toCharArray())));
        accessChanged.fire(new UserAccessChanged(userName));
    }

    /**
     * An admin sets a user's password, which that user must change at the next sign-in.
     *
     * @throws InvalidUserException {@code not-found} for an unknown user, {@code invalid-field} for a short password
     */
    public void resetPassword(String admin, String userName, Secret password) {
        ModuleUser user = find(userName);
        requireLength(password);
        audit(admin, user.passwordReset(hashing.hash(password.reveal().toCharArray()), admin));
        accessChanged.fire(new UserAccessChanged(userName));
    }

    /**
     * An admin deactivates a user (no sign-in from then on, its history kept) or reactivates one.
     *
     * @throws InvalidUserException {@code not-found} for an unknown user, {@code conflict} for an admin deactivating themselves
     */
    public void setActive(String admin, String userName, boolean active) {
        ModuleUser user = find(userName);
        if (!active && userName.equals(admin)) {
            throw new InvalidUserException("conflict", "an admin cannot deactivate their own user");
        }
        user.activeSet(active, admin).ifPresent(text -> {
            audit(admin, text);
            accessChanged.fire(new UserAccessChanged(userName));
        });
    }

    /**
     * An admin sets the companies a user may act in; the admin can grant only companies they are granted.
     *
     * @throws InvalidUserException {@code not-found} for an unknown user, {@code invalid-field} for an unknown company
     * @throws BadRequestException {@code company-not-granted} for a company the admin is not granted
     */
    public void setCompanies(String admin, String userName, Collection<Long> companies) {
        ModuleUser user = find(userName);
        user.companiesSet(grantable(admin, companies), admin).ifPresent(text -> audit(admin, text));
    }

    /** @return the companies asked, once each, when they exist and {@code by} (null: the module) may grant them */
    private Set<Long> grantable(String by, Collection<Long> companies) {
        Set<Long> asked = new TreeSet<>(companies);
        Set<Long> unknown = new TreeSet<>(asked);
        access.allIds().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new InvalidUserException("invalid-field", "companies: no company with the id " + unknown);
        }
        if (by != null) {
            Set<Long> notHeld = new TreeSet<>(asked);
            notHeld.removeAll(find(by).getCompanies());
            if (!notHeld.isEmpty()) {
                throw new BadRequestException(CompanyAccess.NOT_GRANTED, "You can grant only companies you are granted"
                        + " yourself, not " + notHeld);
            }
        }
        return asked;
    }

    /** The user's password was chosen by someone else: the pages open only to choose one's own. */
    public void requirePasswordChange(String userName) {
        find(userName).requirePasswordChange();
    }

    /** @return whether the user must choose a new password before anything else */
    public boolean mustChangePassword(String userName) {
        ModuleUser user = em.find(ModuleUser.class, userName);
        return user != null && user.isPasswordChangeRequired();
    }

    /** @throws InvalidUserException {@code not-found} for an unknown user */
    public ModuleUser find(String userName) {
        ModuleUser user = userName == null ? null : em.find(ModuleUser.class, userName);
        if (user == null) {
            throw new InvalidUserException("not-found", "No user named " + userName);
        }
        return user;
    }

    private static void requireLength(Secret password) {
        if (password.reveal().length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUserException("invalid-field", "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    /** User changes go to the module's chatter, in the change's transaction. */
    private void audit(String author, String text) {
        chatter.post(ChatterService.MODULE, ChatterService.MODULE_ID, author, ChatterEntry.of(MessageKind.ACTION, text));
    }

    public boolean exists(String userName) {
        return em.find(ModuleUser.class, userName) != null;
    }

    /** @return whether the identity store looks at this user's password: a user that exists and is active */
    public boolean canSignIn(String userName) {
        ModuleUser user = em.find(ModuleUser.class, userName);
        return user != null && user.isActive();
    }

    /**
     * Spends on a password the work its check costs a user who can sign in, for a name that cannot: the
     * identity store answers such a name without hashing, which would tell by the time which names exist.
     */
    public void checkAsIfKnown(Secret password) {
        hashing.matches(password.reveal().toCharArray(), decoyHash());
    }

    /** A hash no typed password matches (made from random bytes), made once with today's settings. */
    private String decoyHash() {
        String decoy = DECOY.get();
        if (decoy == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            char[] random = HexFormat.of().formatHex(bytes).toCharArray();
            DECOY.compareAndSet(null, hashing.hash(random));
            decoy = DECOY.get();
        }
        return decoy;
    }

    public List<ModuleUser> list() {
        return em.createQuery("select u from ModuleUser u order by u.userName", ModuleUser.class).getResultList();
    }
}
