package org.skillpass.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.application.CurrentCaller;

import java.util.Set;

/** Who the API caller is. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.WORKER, Role.Names.INSTITUTION_STAFF, Role.Names.ASSESSOR, Role.Names.EMPLOYER,
        Role.Names.HR_OFFICER, Role.Names.ADMIN})
public class MeResource {

    @Inject
    CurrentCaller caller;

    public record Me(Long accountId, String username, Set<Role> roles, Long organisationId) {
    }

    @GET
    public Me me() {
        return new Me(caller.get().accountId(), caller.get().username(), caller.get().roles(), caller.get().organisationId());
    }
}
