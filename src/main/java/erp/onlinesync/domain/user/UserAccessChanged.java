package erp.onlinesync.domain.user;

/**
 * A user's password or activity changed: what a node remembers of the user's earlier sign-ins (a
 * verified credential) must be forgotten.
 */
public record UserAccessChanged(String userName) {
}
