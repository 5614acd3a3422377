package erp.onlinesync.domain.user;

import java.util.Locale;

/**
 * The module's roles, from most to least powerful. Each role implies the ones below it
 * ({@code sync-admin} ⊃ {@code accountant} ⊃ {@code auditor}); the implication lives in the table
 * {@code role_implication}, so the identity store hands the container every implied role.
 */
public enum Role {
    SYNC_ADMIN("sync-admin"), ACCOUNTANT("accountant"), AUDITOR("auditor");

    public static final String SYNC_ADMIN_NAME = "sync-admin";
    public static final String ACCOUNTANT_NAME = "accountant";
    public static final String AUDITOR_NAME = "auditor";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** @throws IllegalArgumentException for a name that is not one of the three roles */
    public static Role fromName(String name) {
        for (Role r : values()) {
            if (r.roleName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role: " + name + " (sync-admin, accountant or auditor)");
    }
}
