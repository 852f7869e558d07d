package org.skillpass.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.OrganisationType;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Organisations the caller's tenant covers (the same scoping as the pages: it is the same service). */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INSTITUTION_STAFF, Role.Names.ASSESSOR, Role.Names.EMPLOYER, Role.Names.HR_OFFICER,
        Role.Names.ADMIN})
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    public record OrganisationView(Long id, OrganisationType type, String name, String creditCode, String regionCode,
                                   boolean active) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.getId(), o.getType(), o.getName(), o.getCreditCode(), o.getRegionCode(),
                    o.isActive());
        }
    }

    public record PageView<T>(List<T> rows, long total, int offset, int size) {
    }

    @GET
    public PageView<OrganisationView> list(@QueryParam("offset") @DefaultValue("0") int offset,
                                           @QueryParam("size") @DefaultValue("50") int size,
                                           @QueryParam("name") String name,
                                           @QueryParam("type") String type,
                                           @QueryParam("region") String region) {
        Map<String, String> filters = new HashMap<>();
        if (name != null) {
            filters.put("name", name);
        }
        if (type != null) {
            filters.put("type", type);
        }
        if (region != null) {
            filters.put("regionCode", region);
        }
        PageRequest request = new PageRequest(offset, size, "name", true, filters);
        Page<Organisation> page = organisations.page(caller.get(), request);
        return new PageView<>(page.rows().stream().map(OrganisationView::of).toList(), page.total(),
                request.offset(), request.size());
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return OrganisationView.of(organisations.find(caller.get(), id));
    }
}
