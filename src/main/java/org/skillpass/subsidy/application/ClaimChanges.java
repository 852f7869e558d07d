package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.shared.application.Caller;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.PayeeType;
import org.skillpass.subsidy.domain.SubsidyClaim;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every change of a claim's state leaves one audit entry and fires one {@link ClaimStateChanged}, in the
 * transaction of the change. Single changes go through the entity; set-based changes (batch approval,
 * notices, payment files) write their audit entries with one INSERT … SELECT and fire one
 * {@link ClaimsStateChanged} that lists one {@link ClaimStateChanged} per claim.
 */
@ApplicationScoped
public class ClaimChanges {

    public static final String ENTITY = "SubsidyClaim";

    /** The audit actions a claim's history shows (display keys {@code subsidy.action.<ACTION>}). */
    public static final java.util.List<String> ACTIONS = java.util.List.of("SUBSIDY_CLAIM_DRAFTED", "SUBSIDY_CLAIM_SUBMITTED",
            "SUBSIDY_CLAIM_REVIEW_STARTED", "SUBSIDY_CLAIM_APPROVED", "SUBSIDY_CLAIM_REJECTED", "SUBSIDY_CLAIM_PUBLISHED",
            "SUBSIDY_CLAIM_PAYABLE", "SUBSIDY_CLAIM_PAID", "SUBSIDY_CLAIM_RECOVERED", "SUBSIDY_EVIDENCE_ADDED",
            "SUBSIDY_PAYMENT_FAILED");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<ClaimStateChanged> events;

    @Inject
    Event<ClaimsStateChanged> batchEvents;

    public static AuditLog.Scope scope(SubsidyClaim c) {
        return new AuditLog.Scope(c.getOrganisationId(), c.getRegionPath());
    }

    /** One claim changed (or was created: {@code from} null); audit and event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Caller caller, SubsidyClaim c, ClaimState from, String action, String reason,
                        Map<String, Object> before, BigDecimal eventAmount, Instant at) {
        audit.record(caller, action, ENTITY, c.getId(), scope(c), reason, before, c.snapshot());
        if (from != c.getState()) {
            events.fire(new ClaimStateChanged(c.getId(), c.getType(), c.getPayeeType(), c.getPayeeOrganisationId(),
                    c.getWorkerAccountId(), c.getRegionPath(), c.getOrganisationId(), from, c.getState(),
                    eventAmount == null ? c.getAmount() : eventAmount, at));
        }
    }

    /** What a set-based change needs of each claim for its events. */
    public record Row(long id, long version, ClaimState state, ClaimType type, PayeeType payee, Long payeeOrganisationId,
                      long workerAccountId, String regionPath, Long organisationId, BigDecimal amount) {
    }

    /** The rows of the given claims, locked until the transaction ends (SELECT … FOR UPDATE). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Row> lock(List<Long> ids) {
        List<Row> out = new ArrayList<>(ids.size());
        for (List<Long> chunk : chunks(ids)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bind(em.createNativeQuery("SELECT id, version, state, type, payee_type, payee_organisation_id, "
                    + "worker_account_id, region_path, organisation_id, amount FROM subsidy_claim WHERE id IN ("
                    + placeholders(chunk.size()) + ") ORDER BY id FOR UPDATE"), chunk).getResultList();
            rows.forEach(r -> out.add(row(r)));
        }
        return out;
    }

    /** The rows matching a WHERE clause on subsidy_claim, locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Row> lockWhere(String where, Object... params) {
        var q = em.createNativeQuery("SELECT id, version, state, type, payee_type, payee_organisation_id, worker_account_id, "
                + "region_path, organisation_id, amount FROM subsidy_claim WHERE " + where + " ORDER BY id FOR UPDATE");
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ClaimChanges::row).toList();
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ClaimState.valueOf((String) r[2]),
                ClaimType.valueOf((String) r[3]), PayeeType.valueOf((String) r[4]),
                r[5] == null ? null : ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), (BigDecimal) r[9]);
    }

    /**
     * Moves the claims to a state with one UPDATE per thousand (version raised, so a page holding an
     * older version cannot overwrite the change), one audit entry per claim written by INSERT … SELECT
     * (before: the state each claim had), and one {@link ClaimsStateChanged} listing every claim. {@code set} adds column assignments
     * with their parameters, e.g. {@code "decided_at = ?, decided_by = ?"}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveAll(Caller caller, List<Row> rows, ClaimState to, String action, String reason, String set,
                        List<Object> setParams, Instant at) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp ts = Timestamp.from(at);
        List<Long> ids = rows.stream().map(Row::id).toList();
        for (List<Long> chunk : chunks(ids)) {
            List<Object> auditParams = new ArrayList<>();
            auditParams.add(ts);
            auditParams.add(caller.accountId());
            auditParams.add(caller.username());
            auditParams.add(action);
            auditParams.add(ENTITY);
            auditParams.add(reason);
            auditParams.add(to.name());
            auditParams.addAll(chunk);
            bind(em.createNativeQuery("INSERT INTO audit_entry (at, actor_account_id, actor_username, action, entity_type, entity_id, "
                    + "organisation_id, region_path, reason, before_json, after_json) "
                    + "SELECT ?, ?, ?, ?, ?, CAST(id AS CHAR), organisation_id, region_path, ?, "
                    + "JSON_OBJECT('state', state, 'version', version, 'amount', amount), "
                    + "JSON_OBJECT('state', ?, 'version', version + 1, 'amount', amount) "
                    + "FROM subsidy_claim WHERE id IN (" + placeholders(chunk.size()) + ")"), auditParams)
                    .executeUpdate();
            List<Object> params = new ArrayList<>();
            params.add(to.name());
            if (setParams != null) {
                params.addAll(setParams);
            }
            params.addAll(chunk);
            bind(em.createNativeQuery("UPDATE subsidy_claim SET state = ?, version = version + 1"
                    + (set == null || set.isBlank() ? "" : ", " + set) + " WHERE id IN (" + placeholders(chunk.size()) + ")"),
                    params).executeUpdate();
        }
        List<ClaimStateChanged> changes = new ArrayList<>(rows.size());
        for (Row r : rows) {
            changes.add(new ClaimStateChanged(r.id(), r.type(), r.payee(), r.payeeOrganisationId(), r.workerAccountId(),
                    r.regionPath(), r.organisationId(), r.state(), to, r.amount(), at));
        }
        batchEvents.fire(new ClaimsStateChanged(changes));
    }

    /** Binds positional parameters 1..n. */
    public static jakarta.persistence.Query bind(jakarta.persistence.Query q, List<?> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return out;
    }
}
