package org.skillpass.shared.application;

import org.skillpass.identity.domain.OrganisationType;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.RegionPath;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling a service: the account, its roles and its tenant (organisation and region).
 * Services take it as their first argument and check it before they read or change anything, so
 * scoping holds whichever page or API calls them.
 */
public record Caller(Long accountId, String username, Set<Role> roles, Long organisationId,
                     OrganisationType organisationType, String regionPath) {

    private static final Caller ANONYMOUS = new Caller(null, "anonymous", Set.of(), null, null, null);
    private static final Caller SYSTEM = new Caller(null, "system", EnumSet.of(Role.ADMIN), null, null, null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** The application itself (start-up jobs, event listeners); audited as "system". */
    public static Caller system() {
        return SYSTEM;
    }

    public boolean isAuthenticated() {
        return accountId != null || this == SYSTEM;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Throws unless the caller has at least one of the roles. */
    public void require(Role... anyOf) {
        for (Role r : anyOf) {
            if (has(r)) {
                return;
            }
        }
        throw new AccessDeniedException();
    }

    /** True when the caller's tenant covers an organisation at that region: own organisation, or an HR officer's region and below. */
    public boolean covers(Long orgId, String orgRegionPath) {
        if (isAdmin()) {
            return true;
        }
        if (has(Role.HR_OFFICER) && RegionPath.covers(regionPath, orgRegionPath)) {
            return true;
        }
        return organisationId != null && organisationId.equals(orgId);
    }
}
