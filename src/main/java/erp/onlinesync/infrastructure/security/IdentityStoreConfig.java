package erp.onlinesync.infrastructure.security;

import erp.onlinesync.domain.user.Role;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Checks user names and passwords against the module's own tables: PBKDF2 hashes in
 * {@code module_user}, roles through {@code role_implication} so that a {@code sync-admin} also
 * holds {@code accountant} and {@code auditor}. Inactive users cannot sign in.
 */
@DatabaseIdentityStoreDefinition(
        // Soteria reads a "${...}" name as EL: this deferred expression hands it on unread to the lookup, which expands it.
        dataSourceLookup = "#{identityStoreConfig.dataSourceLookup}",
        callerQuery = "select password_hash from module_user where user_name = ? and active = true",
        groupsQuery = "select i.implied_role from module_user_role r join role_implication i"
                + " on i.role_name = r.role_name where r.user_name = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Iterations=" + PasswordHashing.ITERATIONS,
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256"})
@DeclareRoles({Role.SYNC_ADMIN_NAME, Role.ACCOUNTANT_NAME, Role.AUDITOR_NAME})
@Named
@ApplicationScoped
public class IdentityStoreConfig {

    public String getDataSourceLookup() {
        return DataSources.JNDI;
    }
}
