package org.skillpass.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import org.skillpass.identity.domain.AuditEntry;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the audit log: admins all of it, HR officers the entries of their region and below, staff
 * their organisation's entries. Workers have no audit view.
 */
@ApplicationScoped
public class AuditQueryService {

    private static final Set<String> SORTABLE = Set.of("at", "action", "entityType", "actorUsername");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    /**
     * Filters: {@code action}, {@code entityType}, {@code entityId} (exact), {@code actorUsername} (contains),
     * {@code text} (actor, action or entity type contains).
     */
    public Page<AuditEntry> page(Caller caller, PageRequest request) {
        caller.require(Role.ADMIN, Role.HR_OFFICER, Role.INSTITUTION_STAFF, Role.ASSESSOR, Role.EMPLOYER);
        String action = request.filter("action");
        String entityType = request.filter("entityType");
        String entityId = request.filter("entityId");
        String actor = request.filter("actorUsername");
        String text = request.filter("text");
        return JpaPaging.page(em, AuditEntry.class, request, SORTABLE, "at", false, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            Predicate scope = JpaPaging.tenantScope(cb, caller, root.get("organisationId"), root.get("regionPath"));
            if (scope != null) {
                p.add(scope);
            }
            if (action != null) {
                p.add(cb.equal(root.get("action"), action));
            }
            if (entityType != null) {
                p.add(cb.equal(root.get("entityType"), entityType));
            }
            if (entityId != null) {
                p.add(cb.equal(root.get("entityId"), entityId));
            }
            if (text != null) {
                p.add(cb.or(JpaPaging.contains(cb, root.get("actorUsername"), text),
                        JpaPaging.contains(cb, root.get("action"), text),
                        JpaPaging.contains(cb, root.get("entityType"), text)));
            }
            if (actor != null) {
                p.add(JpaPaging.contains(cb, root.get("actorUsername"), actor));
            }
            return p;
        });
    }
}
