package org.skillpass.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.infrastructure.SkillPassDataSource;

/**
 * Jakarta Security against the account tables. Passwords are PBKDF2 hashes in the format of
 * {@link Pbkdf2PasswordHash} (algorithm:iterations:salt:hash), so iterations can be raised later
 * without invalidating stored hashes. Groups are role names and map 1:1 to roles.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = SkillPassDataSource.JNDI_NAME,
        callerQuery = "select password_hash from account where username = ? and active = true",
        groupsQuery = "select r.role from account_role r join account a on a.id = r.account_id where a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Role.Names.WORKER, Role.Names.INSTITUTION_STAFF, Role.Names.ASSESSOR, Role.Names.EMPLOYER,
        Role.Names.HR_OFFICER, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
