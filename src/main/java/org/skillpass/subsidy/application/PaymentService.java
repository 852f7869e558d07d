package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.Deidentification;
import org.skillpass.subsidy.domain.PaymentBatch;
import org.skillpass.subsidy.domain.SubsidyClaim;
import org.skillpass.subsidy.infrastructure.PaymentFiles;
import org.skillpass.subsidy.infrastructure.SubsidyFacts;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PAYABLE → PAID. An HR officer gathers the region's payable claims whose payee has an account on file
 * into a payment batch, exports it for the bank (xlsx with a total per payee account, or csv), and records
 * the bank's confirmation file: every line is checked first (reference in this batch and still awaiting
 * payment, amount equal to the claim's, known status, no line twice); one bad line refuses the whole file
 * with every problem listed and nothing written. Paid lines become PAID; failed lines leave the batch and
 * wait, still PAYABLE, for the next one with the bank's reason.
 */
@ApplicationScoped
public class PaymentService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    ClaimChanges changes;

    @Inject
    SubsidyConfiguration config;

    @Inject
    PayoutAccounts accounts;

    @Inject
    AuditLog audit;

    /** The bank's file was refused; every problem with its row. */
    public static class ConfirmationException extends DomainException {
        private final transient List<PaymentFiles.RowError> errors;

        public ConfirmationException(List<PaymentFiles.RowError> errors) {
            super("subsidy.confirm.failed", errors.size());
            this.errors = List.copyOf(errors);
        }

        public List<PaymentFiles.RowError> errors() {
            return errors;
        }
    }

    public record ConfirmationResult(int paid, int failed, PaymentBatch batch) {
    }

    private static final String HAS_ACCOUNT = "((payee_organisation_id IS NULL AND EXISTS (SELECT 1 FROM payout_account a "
            + "WHERE a.worker_account_id = subsidy_claim.worker_account_id)) OR (payee_organisation_id IS NOT NULL AND EXISTS "
            + "(SELECT 1 FROM payout_account a WHERE a.organisation_id = subsidy_claim.payee_organisation_id)))";

    /** Payable claims of the caller's region not in a batch yet: how many, and how many lack a payee account. */
    public record Pool(long payable, long withoutAccount, BigDecimal total) {
    }

    public Pool pool(Caller caller) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        String like = caller.isAdmin() ? "%" : RegionPath.likePattern(caller.regionPath());
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + HAS_ACCOUNT + " THEN 0 ELSE 1 END), 0), "
                + "COALESCE(SUM(amount), 0) FROM subsidy_claim WHERE state = 'PAYABLE' AND payment_batch_id IS NULL "
                + "AND region_path LIKE ?").setParameter(1, like).getSingleResult();
        return new Pool(SubsidyFacts.num(r[0]), SubsidyFacts.num(r[1]), (BigDecimal) r[2]);
    }

    /** A batch of every payable claim of the caller's region (an admin names the region) whose payee has an account. */
    @Transactional
    public PaymentBatch createBatch(Caller caller, String regionCode) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        String path = regionCode == null || regionCode.isBlank() ? caller.regionPath() : config.regionPath(regionCode.strip());
        if (path == null || !(caller.isAdmin() || RegionPath.covers(caller.regionPath(), path))) {
            throw new NotFoundException();
        }
        List<ClaimChanges.Row> rows = changes.lockWhere("state = 'PAYABLE' AND payment_batch_id IS NULL AND region_path LIKE ? AND "
                + HAS_ACCOUNT, RegionPath.likePattern(path));
        if (rows.isEmpty()) {
            throw new DomainException("subsidy.payment.empty");
        }
        Instant now = Instant.now();
        PaymentBatch b = new PaymentBatch(SubsidyConfiguration.regionCode(path), path, caller.username(), now);
        BigDecimal total = rows.stream().map(ClaimChanges.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        b.counted(rows.size(), total);
        em.persist(b);
        em.flush();
        List<Long> ids = rows.stream().map(ClaimChanges.Row::id).toList();
        for (List<Long> chunk : ClaimChanges.chunks(ids)) {
            List<Object> params = new ArrayList<>();
            params.add(b.getId());
            params.addAll(chunk);
            ClaimChanges.bind(em.createNativeQuery("UPDATE subsidy_claim SET payment_batch_id = ?, payment_note = NULL, "
                    + "version = version + 1 WHERE id IN (" + ClaimChanges.placeholders(chunk.size()) + ")"), params).executeUpdate();
        }
        audit.record(caller, "PAYMENT_BATCH_CREATED", "PaymentBatch", b.getId(), new AuditLog.Scope(null, path), null, null,
                Map.of("claims", rows.size(), "total", total));
        return b;
    }

    public List<PaymentBatch> batches(Caller caller) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        if (caller.isAdmin()) {
            return em.createQuery("select b from PaymentBatch b order by b.id desc", PaymentBatch.class).setMaxResults(200).getResultList();
        }
        return em.createQuery("select b from PaymentBatch b where b.regionPath like :p order by b.id desc", PaymentBatch.class)
                .setParameter("p", RegionPath.likePattern(caller.regionPath())).setMaxResults(200).getResultList();
    }

    public PaymentBatch batch(Caller caller, long batchId) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        PaymentBatch b = em.find(PaymentBatch.class, batchId);
        if (b == null || !(caller.isAdmin() || RegionPath.covers(caller.regionPath(), b.getRegionPath()))) {
            throw new NotFoundException();
        }
        return b;
    }

    /**
     * The batch's lines with the payees' full account numbers, sorted by account so each account's claims
     * stand together; the export is audited (it carries account numbers).
     */
    @Transactional
    public List<PaymentFiles.Line> exportLines(Caller caller, long batchId, String format) {
        PaymentBatch b = batch(caller, batchId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.payee_type, a.account_name, a.bank_name, a.number_enc, c.amount, c.type, w.real_name
                FROM subsidy_claim c
                JOIN worker w ON w.account_id = c.worker_account_id
                JOIN payout_account a ON (c.payee_organisation_id IS NULL AND a.worker_account_id = c.worker_account_id)
                                      OR (c.payee_organisation_id IS NOT NULL AND a.organisation_id = c.payee_organisation_id)
                WHERE c.payment_batch_id = ? AND c.state IN ('PAYABLE', 'PAID')
                ORDER BY a.id, c.id""").setParameter(1, batchId).getResultList();
        List<PaymentFiles.Line> out = new ArrayList<>(rows.size());
        Map<String, String> decrypted = new HashMap<>();
        for (Object[] r : rows) {
            String number = decrypted.computeIfAbsent((String) r[4], accounts::decrypt);
            out.add(new PaymentFiles.Line(SubsidyClaim.reference(SubsidyFacts.num(r[0])), (String) r[1], (String) r[2],
                    (String) r[3], number, (BigDecimal) r[5], (String) r[6], Deidentification.name((String) r[7])));
        }
        audit.record(caller, "PAYMENT_BATCH_EXPORTED", "PaymentBatch", batchId, new AuditLog.Scope(null, b.getRegionPath()),
                null, null, Map.of("format", format == null ? "" : format, "lines", out.size()));
        return out;
    }

    /** Applies the bank's confirmation file to the batch: all lines or none. */
    @Transactional
    public ConfirmationResult confirm(Caller caller, long batchId, String fileName, byte[] content) {
        PaymentBatch b = batch(caller, batchId);
        em.lock(b, LockModeType.PESSIMISTIC_WRITE);
        if (content == null || content.length == 0) {
            throw new org.skillpass.shared.domain.FieldException("file", "upload.required");
        }
        PaymentFiles.Parsed parsed = PaymentFiles.parse(content);
        List<PaymentFiles.RowError> errors = new ArrayList<>(parsed.errors());
        List<ClaimChanges.Row> inBatch = changes.lockWhere("payment_batch_id = ?", batchId);
        Map<Long, ClaimChanges.Row> byId = new HashMap<>();
        inBatch.forEach(r -> byId.put(r.id(), r));
        Set<Long> seen = new HashSet<>();
        List<ClaimChanges.Row> paid = new ArrayList<>();
        Map<ClaimChanges.Row, String> failed = new HashMap<>();
        for (PaymentFiles.ConfirmationRow row : parsed.rows()) {
            if (row.reference().isBlank()) {
                continue; // reported by the reader
            }
            Long id = SubsidyClaim.idOf(row.reference());
            ClaimChanges.Row claim = id == null ? null : byId.get(id);
            if (claim == null || claim.state() != ClaimState.PAYABLE) {
                errors.add(new PaymentFiles.RowError(row.row(), "subsidy.confirm.reference", row.reference()));
                continue;
            }
            if (!seen.add(id)) {
                errors.add(new PaymentFiles.RowError(row.row(), "subsidy.confirm.duplicate", row.reference()));
                continue;
            }
            if (row.amount() != null && row.amount().compareTo(claim.amount()) != 0) {
                errors.add(new PaymentFiles.RowError(row.row(), "subsidy.confirm.amount.mismatch", row.reference(),
                        row.amount().toPlainString(), claim.amount().toPlainString()));
                continue;
            }
            if (row.status() == PaymentFiles.Status.PAID) {
                paid.add(claim);
            } else if (row.status() == PaymentFiles.Status.FAILED) {
                failed.put(claim, row.note() == null || row.note().isBlank() ? "-" : row.note().strip());
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(PaymentFiles.RowError::row));
            throw new ConfirmationException(errors);
        }
        Instant now = Instant.now();
        changes.moveAll(caller, paid, ClaimState.PAID, "SUBSIDY_CLAIM_PAID", null, "paid_at = ?", List.of(Timestamp.from(now)), now);
        for (Map.Entry<ClaimChanges.Row, String> f : failed.entrySet()) {
            String note = f.getValue().length() > 255 ? f.getValue().substring(0, 255) : f.getValue();
            em.createNativeQuery("UPDATE subsidy_claim SET payment_batch_id = NULL, payment_note = ?, version = version + 1 WHERE id = ?")
                    .setParameter(1, note).setParameter(2, f.getKey().id()).executeUpdate();
            audit.record(caller, "SUBSIDY_PAYMENT_FAILED", ClaimChanges.ENTITY, f.getKey().id(),
                    new AuditLog.Scope(f.getKey().organisationId(), f.getKey().regionPath()), note,
                    Map.of("paymentBatchId", batchId), Map.of("paymentBatchId", "", "paymentNote", note));
        }
        long awaiting = SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_claim WHERE payment_batch_id = ? "
                + "AND state = 'PAYABLE'").setParameter(1, batchId).getSingleResult());
        b.confirmed(paid.size(), failed.size(), awaiting == 0, now);
        audit.record(caller, "PAYMENT_BATCH_CONFIRMED", "PaymentBatch", batchId, new AuditLog.Scope(null, b.getRegionPath()), null,
                null, Map.of("paid", paid.size(), "failed", failed.size(), "file", fileName == null ? "" : fileName,
                        "sha256", SubsidyFiles.sha256(content)));
        return new ConfirmationResult(paid.size(), failed.size(), b);
    }
}
