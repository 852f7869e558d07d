package org.skillpass.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.OrganisationType;
import org.skillpass.identity.domain.Region;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.CreditCode;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.domain.Text;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations (institutions, assessment bodies, employers, HR bureaus). Admins create and change
 * them; everybody else sees only what their tenant covers: their own organisation, or for an HR
 * officer every organisation in the bureau's region and below. Workers see none through here.
 */
@ApplicationScoped
public class OrganisationService {

    private static final Set<String> SORTABLE = Set.of("name", "type", "regionCode", "createdAt");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    AuditLog audit;

    public record NewOrganisation(OrganisationType type, String name, String creditCode, String regionCode,
                                  String contactPhone) {
    }

    @Transactional
    public Organisation create(Caller caller, NewOrganisation form) {
        caller.require(Role.ADMIN);
        if (form.type() == null) {
            throw new FieldException("type", "org.type.required");
        }
        String name = Text.trimToNull(form.name());
        if (name == null || name.length() > 128) {
            throw new FieldException("name", "org.name.invalid");
        }
        String credit = Text.trimToNull(form.creditCode());
        if (credit == null && form.type() != OrganisationType.HR_BUREAU) {
            throw new FieldException("creditCode", "org.creditCode.required");
        }
        if (credit != null && !CreditCode.isValid(credit)) {
            throw new FieldException("creditCode", "org.creditCode.invalid");
        }
        if (credit != null && em.createQuery("select count(o) from Organisation o where o.creditCode = :c", Long.class)
                .setParameter("c", credit.toUpperCase()).getSingleResult() > 0) {
            throw new FieldException("creditCode", "org.creditCode.taken");
        }
        Region region = form.regionCode() == null ? null : em.find(Region.class, form.regionCode());
        if (region == null) {
            throw new FieldException("regionCode", "org.region.unknown");
        }
        Organisation org = new Organisation(form.type(), name, credit, region, Text.trimToNull(form.contactPhone()));
        em.persist(org);
        em.flush();
        audit.record(caller, "ORGANISATION_CREATED", "Organisation", org.getId(),
                new AuditLog.Scope(org.getId(), org.getRegionPath()), null, null, snapshot(org));
        return org;
    }

    @Transactional
    public Organisation setActive(Caller caller, long id, boolean active) {
        caller.require(Role.ADMIN);
        Organisation org = em.find(Organisation.class, id);
        if (org == null) {
            throw new NotFoundException();
        }
        Map<String, Object> before = snapshot(org);
        if (active) {
            org.activate();
        } else {
            org.deactivate();
        }
        audit.record(caller, active ? "ORGANISATION_ACTIVATED" : "ORGANISATION_DEACTIVATED", "Organisation", id,
                new AuditLog.Scope(org.getId(), org.getRegionPath()), null, before, snapshot(org));
        return org;
    }

    /** One organisation the caller's tenant covers; out of scope looks the same as missing. */
    public Organisation find(Caller caller, long id) {
        requireStaff(caller);
        Organisation org = em.find(Organisation.class, id);
        if (org == null || !caller.covers(org.getId(), org.getRegionPath())) {
            throw new NotFoundException();
        }
        return org;
    }

    /**
     * A page of the organisations the caller may see. Filters: {@code name} (contains), {@code type}
     * (enum name), {@code regionCode} (that region and below).
     */
    public Page<Organisation> page(Caller caller, PageRequest request) {
        requireStaff(caller);
        String nameFilter = request.filter("name");
        OrganisationType typeFilter = parseType(request.filter("type"));
        String regionFilter = request.filter("regionCode");
        Region filterRegion = regionFilter == null ? null : em.find(Region.class, regionFilter);
        return JpaPaging.page(em, Organisation.class, request, SORTABLE, "name", true, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            Predicate scope = JpaPaging.tenantScope(cb, caller, root.get("id"), root.get("regionPath"));
            if (scope != null) {
                p.add(scope);
            }
            if (nameFilter != null) {
                p.add(JpaPaging.contains(cb, root.get("name"), nameFilter));
            }
            if (typeFilter != null) {
                p.add(cb.equal(root.get("type"), typeFilter));
            }
            if (regionFilter != null) {
                p.add(filterRegion == null ? cb.disjunction()
                        : cb.like(root.get("regionPath"), RegionPath.likePattern(filterRegion.getPath()), '\\'));
            }
            return p;
        });
    }

    /** Regions for pickers, in code order. Reference data: readable by everybody. */
    public List<Region> regions() {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultList();
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isAuthenticated() || (caller.roles().size() == 1 && caller.has(Role.WORKER))) {
            throw new AccessDeniedException();
        }
    }

    private static OrganisationType parseType(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OrganisationType.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Map<String, Object> snapshot(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", o.getType());
        m.put("name", o.getName());
        m.put("creditCode", o.getCreditCode());
        m.put("regionCode", o.getRegionCode());
        m.put("contactPhone", o.getContactPhone());
        m.put("active", o.isActive());
        return m;
    }
}
