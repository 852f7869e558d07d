package org.skillpass.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.identity.domain.AuditEntry;
import org.skillpass.shared.application.Caller;

import java.time.Instant;

/**
 * Writes audit entries in the caller's transaction (MANDATORY): a state change and its audit record
 * commit or roll back together. Before and after are snapshots (records or maps), stored as JSON.
 */
@ApplicationScoped
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    /** Where the changed thing lives, so officers and staff can be shown only their tenant's entries. */
    public record Scope(Long organisationId, String regionPath) {
        public static final Scope NONE = new Scope(null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(Caller caller, String action, String entityType, Object entityId, Scope scope,
                             String reason, Object before, Object after) {
        AuditEntry entry = new AuditEntry(Instant.now(), caller.accountId(), caller.username(), action, entityType,
                String.valueOf(entityId), scope.organisationId(), scope.regionPath(), reason,
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after));
        em.persist(entry);
        return entry;
    }
}
