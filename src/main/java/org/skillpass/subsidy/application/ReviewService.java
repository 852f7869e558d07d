package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.PayeeType;
import org.skillpass.subsidy.domain.SubsidyClaim;
import org.skillpass.subsidy.infrastructure.SubsidyFacts;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The HR bureau's review: the queue of its region and below (paged and filtered in SQL), one claim with
 * its evidence, rule results and fraud flags, decisions one by one (with {@code @Version}: a decision on an
 * older version than the one stored is refused) or in batches of hundreds to thousands (set-based SQL, one
 * audit entry and one event per claim), and recovery (追回). The same list serves learners (their own
 * claims) and organisations (the claims they filed or that concern them).
 */
@ApplicationScoped
public class ReviewService {

    /** More than this many claims in one batch decision is refused (a batch is one transaction). */
    public static final int MAX_BATCH = 20_000;

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    QueueSummaries summaries;

    @Inject
    ClaimService claims;

    @Inject
    ClaimChanges changes;

    @Inject
    SubsidyFacts facts;

    @Inject
    SubsidyConfiguration config;

    @Inject
    PayoutAccounts accounts;

    @Inject
    SubsidyFiles files;

    // ---- the list ---------------------------------------------------------------------------------------

    /** One line of a claim list. */
    public record Row(long id, String reference, ClaimType type, ClaimState state, PayeeType payee, BigDecimal amount,
                      Instant submittedAt, long version, String workerName, String idMasked, String organisationName,
                      String occupationName, Integer level, String reason, int openFlags, Instant createdAt,
                      BigDecimal recoveredAmount, String milestone) {
    }

    private static final Map<String, String> SORTS = Map.of("submittedAt", "c.submitted_at", "amount", "c.amount",
            "id", "c.id", "createdAt", "c.created_at");

    /**
     * The claims the caller may see. Filters: {@code state}, {@code type}, {@code organisationId},
     * {@code from}/{@code to} (submission dates, ISO), {@code name} (contains), {@code reference},
     * {@code classId}, {@code noticeId}, {@code batchId}, {@code payee}.
     */
    public Page<Row> list(Caller caller, PageRequest request) {
        Where w = where(caller, request);
        long total = ((Number) ClaimChanges.bind(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_claim c "
                + w.workerJoin() + "WHERE " + w.sql), w.params).getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        String sort = SORTS.getOrDefault(request.sortField() == null ? "" : request.sortField(), "c.id");
        boolean asc = request.sortField() != null && SORTS.containsKey(request.sortField()) ? request.ascending() : false;
        // the page's ids first (from the indexes), then the joins and the flag count for those rows only
        String order = sort + (asc ? " ASC" : " DESC") + ", c.id " + (asc ? "ASC" : "DESC");
        List<Object> params = new ArrayList<>(w.params);
        params.add(request.size());
        params.add(request.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ClaimChanges.bind(em.createNativeQuery("""
                SELECT c.id, c.type, c.state, c.payee_type, c.amount, c.submitted_at, c.version, w.real_name, w.id_number_masked,
                       org.name, COALESCE(oc.name_zh, c.occupation_code), c.level,
                       COALESCE(c.recovery_reason, c.reject_reason, c.payment_note),
                       (SELECT COUNT(*) FROM attendance_flag f WHERE f.class_id = c.class_id AND f.resolved_at IS NULL
                          AND (f.worker_account_id = c.worker_account_id OR f.worker_account_id IS NULL)),
                       c.created_at, c.recovered_amount, c.milestone
                FROM (SELECT c.id FROM subsidy_claim c\s""" + w.workerJoin() + "WHERE " + w.sql + " ORDER BY " + order
                + " LIMIT ? OFFSET ?) page " + """
                JOIN subsidy_claim c ON c.id = page.id
                JOIN worker w ON w.account_id = c.worker_account_id
                LEFT JOIN organisation org ON org.id = c.organisation_id
                LEFT JOIN occupation oc ON oc.id = c.occupation_id
                ORDER BY\s""" + order), params).getResultList();
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = SubsidyFacts.num(r[0]);
            out.add(new Row(id, SubsidyClaim.reference(id), ClaimType.valueOf((String) r[1]), ClaimState.valueOf((String) r[2]),
                    PayeeType.valueOf((String) r[3]), (BigDecimal) r[4], SubsidyFacts.instant(r[5]), SubsidyFacts.num(r[6]),
                    (String) r[7], (String) r[8], (String) r[9], (String) r[10], SubsidyFacts.nullableInt(r[11]), (String) r[12],
                    (int) SubsidyFacts.num(r[13]), SubsidyFacts.instant(r[14]), (BigDecimal) r[15], (String) r[16]));
        }
        return new Page<>(out, total);
    }

    /** The ids (with versions) of the caller's claims matching the filters, at most {@code limit}, oldest first. */
    public Map<Long, Long> ids(Caller caller, PageRequest request, int limit) {
        Where w = where(caller, request);
        List<Object> params = new ArrayList<>(w.params);
        params.add(Math.min(limit, MAX_BATCH));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ClaimChanges.bind(em.createNativeQuery("SELECT c.id, c.version FROM subsidy_claim c "
                + w.workerJoin() + "WHERE " + w.sql + " ORDER BY c.submitted_at, c.id LIMIT ?"),
                params).getResultList();
        Map<Long, Long> out = new java.util.LinkedHashMap<>();
        rows.forEach(r -> out.put(SubsidyFacts.num(r[0]), SubsidyFacts.num(r[1])));
        return out;
    }

    /**
     * A WHERE clause on {@code subsidy_claim c}; {@code byName} when it filters on the learner's name, the only
     * filter that needs {@code worker w} (counting a province's claims through a join with every worker row
     * took seconds on the full dataset; without it the count reads one index).
     */
    private record Where(String sql, List<Object> params, boolean byName) {
        String workerJoin() {
            return byName ? "JOIN worker w ON w.account_id = c.worker_account_id " : "";
        }
    }

    /** The caller's scope as SQL, then the filters; unknown filter values match nothing rather than everything. */
    private static Where where(Caller caller, PageRequest r) {
        List<String> scope = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (caller.isAdmin()) {
            scope.add("1 = 1");
        } else {
            if (caller.has(Role.HR_OFFICER) && caller.regionPath() != null) {
                scope.add("c.region_path LIKE ?");
                params.add(RegionPath.likePattern(caller.regionPath()));
            }
            if ((caller.has(Role.INSTITUTION_STAFF) || caller.has(Role.ASSESSOR) || caller.has(Role.EMPLOYER))
                    && caller.organisationId() != null) {
                scope.add("(c.organisation_id = ? OR c.payee_organisation_id = ?)");
                params.add(caller.organisationId());
                params.add(caller.organisationId());
            }
            if (caller.has(Role.WORKER) && caller.accountId() != null) {
                scope.add("c.worker_account_id = ?");
                params.add(caller.accountId());
            }
        }
        StringBuilder sql = new StringBuilder(scope.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", scope) + ")");
        String state = r.filter("state");
        if (state != null) {
            List<String> states = new ArrayList<>();
            for (String s : state.split(",")) {
                try {
                    states.add(ClaimState.valueOf(s.strip()).name());
                } catch (IllegalArgumentException e) {
                    states.add("-");
                }
            }
            sql.append(" AND c.state IN (").append(ClaimChanges.placeholders(states.size())).append(")");
            params.addAll(states);
        }
        enumFilter(sql, params, "c.type", r.filter("type"), ClaimType.class);
        enumFilter(sql, params, "c.payee_type", r.filter("payee"), PayeeType.class);
        longFilter(sql, params, "c.organisation_id", r.filter("organisationId"));
        longFilter(sql, params, "c.class_id", r.filter("classId"));
        longFilter(sql, params, "c.notice_id", r.filter("noticeId"));
        longFilter(sql, params, "c.payment_batch_id", r.filter("batchId"));
        if (r.filter("from") != null) {
            sql.append(" AND c.submitted_at >= ?");
            params.add(Timestamp.valueOf(parseDate(r.filter("from")).atStartOfDay()));
        }
        if (r.filter("to") != null) {
            sql.append(" AND c.submitted_at < ?");
            params.add(Timestamp.valueOf(parseDate(r.filter("to")).plusDays(1).atStartOfDay()));
        }
        if (r.filter("name") != null) {
            sql.append(" AND w.real_name LIKE ? ESCAPE '\\\\'");
            params.add("%" + RegionPath.likePattern(r.filter("name")).replaceAll("%$", "") + "%");
        }
        if (r.filter("reference") != null) {
            Long id = SubsidyClaim.idOf(r.filter("reference"));
            sql.append(" AND c.id = ?");
            params.add(id == null ? -1L : id);
        }
        return new Where(sql.toString(), params, r.filter("name") != null);
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            throw new org.skillpass.shared.domain.FieldException("from", "subsidy.filter.date");
        }
    }

    private static <E extends Enum<E>> void enumFilter(StringBuilder sql, List<Object> params, String column, String value, Class<E> type) {
        if (value == null) {
            return;
        }
        sql.append(" AND ").append(column).append(" = ?");
        try {
            params.add(Enum.valueOf(type, value).name());
        } catch (IllegalArgumentException e) {
            params.add("-");
        }
    }

    private static void longFilter(StringBuilder sql, List<Object> params, String column, String value) {
        if (value == null) {
            return;
        }
        sql.append(" AND ").append(column).append(" = ?");
        try {
            params.add(Long.parseLong(value));
        } catch (NumberFormatException e) {
            params.add(-1L);
        }
    }

    // ---- one claim on one screen ---------------------------------------------------------------------------

    public record Evidence(long fileId, String kind, String name, int size, String sha256, Instant addedAt, String addedBy) {
    }

    public record HistoryEntry(Instant at, String actor, String action, String reason) {
    }

    /** Everything the reviewer (or the applicant) sees of one claim. */
    public record Detail(SubsidyClaim claim, SubsidyFacts.Person person, SubsidyFacts.CertificateFact certificate,
                         SubsidyFacts.AssessmentFact assessment, SubsidyFacts.TrainingFact training, String organisationName,
                         String payeeName, PayoutAccounts.Account payeeAccount, List<MessageLines.Line> rulesAtSubmission,
                         List<MessageLines.Line> rulesNow, List<MessageLines.Line> explanation, List<Evidence> evidence,
                         List<SubsidyFacts.Flag> flags, List<HistoryEntry> history, LocalDate reviewDue,
                         boolean agreementOnFile, Long agreementFileId, List<NoticeService.ObjectionView> objections) {

        public boolean decidable() {
            return claim.getState() == ClaimState.SUBMITTED || claim.getState() == ClaimState.UNDER_REVIEW;
        }

        public boolean recoverable() {
            return claim.getState().canMoveTo(ClaimState.RECOVERED);
        }
    }

    @Transactional
    public Detail detail(Caller caller, long claimId) {
        SubsidyClaim c = claims.find(caller, claimId);
        SubsidyFacts.Person person = facts.person(c.getWorkerAccountId());
        SubsidyFacts.CertificateFact cert = c.getCertificateId() == null ? null : facts.certificate(c.getCertificateId()).orElse(null);
        SubsidyFacts.AssessmentFact assessment = c.getCandidateId() == null ? null : facts.assessment(c.getCandidateId()).orElse(null);
        SubsidyFacts.TrainingFact training = c.getEnrolmentId() == null ? null : facts.training(c.getEnrolmentId()).orElse(null);
        String orgName = c.getOrganisationId() == null ? null : facts.organisation(c.getOrganisationId()).name();
        String payeeName = c.getPayeeOrganisationId() == null ? person.name() : facts.organisation(c.getPayeeOrganisationId()).name();
        PayoutAccounts.Account account = accounts.ofPayee(c.getWorkerAccountId(), c.getPayeeOrganisationId()).orElse(null);
        List<MessageLines.Line> now = List.of();
        boolean open = c.getState() == ClaimState.DRAFT || c.getState() == ClaimState.SUBMITTED
                || c.getState() == ClaimState.UNDER_REVIEW;
        if (open && c.getResultsPlanId() == null) {
            try {
                now = claims.recheck(caller, c).ruleLines();
            } catch (DomainException e) {
                now = List.of(new MessageLines.Line("BASIS", MessageLines.Outcome.REFUSED, e.messageKey(), e.args()));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> ev = em.createNativeQuery("SELECT f.id, e.kind, f.original_name, f.size_bytes, f.sha256, e.added_at, e.added_by "
                + "FROM claim_evidence e JOIN subsidy_file f ON f.id = e.file_id WHERE e.claim_id = ? ORDER BY e.added_at")
                .setParameter(1, claimId).getResultList();
        List<Evidence> evidence = ev.stream().map(r -> new Evidence(SubsidyFacts.num(r[0]), (String) r[1], (String) r[2],
                (int) SubsidyFacts.num(r[3]), (String) r[4], SubsidyFacts.instant(r[5]), (String) r[6])).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> hist = em.createNativeQuery("SELECT at, actor_username, action, reason FROM audit_entry "
                + "WHERE entity_type = ? AND entity_id = ? ORDER BY at, id").setParameter(1, ClaimChanges.ENTITY)
                .setParameter(2, String.valueOf(claimId)).getResultList();
        List<HistoryEntry> history = hist.stream().map(r -> new HistoryEntry(SubsidyFacts.instant(r[0]), (String) r[1],
                (String) r[2], (String) r[3])).toList();
        LocalDate due = null;
        if (c.getSubmittedAt() != null) {
            LocalDate submitted = c.getSubmittedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
            due = config.calendar(c.getRegionPath()).addWorkingDays(submitted,
                    config.settings(c.getRegionPath(), submitted).reviewTargetWorkingDays());
        }
        Long agreementFile = null;
        if (c.getAgreementId() != null) {
            agreementFile = SubsidyFacts.num(em.createNativeQuery("SELECT file_id FROM subsidy_agreement WHERE id = ?")
                    .setParameter(1, c.getAgreementId()).getSingleResult());
        }
        List<NoticeService.ObjectionView> objections = NoticeService.objectionsOf(em, "o.claim_id = ?", claimId);
        List<SubsidyFacts.Flag> flags = c.getClassId() == null ? List.of() : facts.flags(c.getClassId(), c.getWorkerAccountId());
        return new Detail(c, person, cert, assessment, training, orgName, payeeName, account, ClaimService.ruleResults(c), now,
                ClaimService.explanation(c), evidence, flags, history, due, c.getAgreementId() != null, agreementFile, objections);
    }

    /** An evidence or agreement file of a claim the caller may read. */
    public SubsidyFiles.Content file(Caller caller, long claimId, long fileId) {
        SubsidyClaim c = claims.find(caller, claimId);
        long linked = SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM claim_evidence WHERE claim_id = ? AND file_id = ?")
                .setParameter(1, claimId).setParameter(2, fileId).getSingleResult());
        if (linked == 0 && c.getAgreementId() != null) {
            linked = SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_agreement WHERE id = ? AND file_id = ?")
                    .setParameter(1, c.getAgreementId()).setParameter(2, fileId).getSingleResult());
        }
        if (linked == 0) {
            throw new NotFoundException();
        }
        return files.content(fileId);
    }

    // ---- decisions ----------------------------------------------------------------------------------------

    private SubsidyClaim forDecision(Caller caller, long claimId, long expectedVersion) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        SubsidyClaim c = em.find(SubsidyClaim.class, claimId);
        if (c == null || !(caller.isAdmin() || RegionPath.covers(caller.regionPath(), c.getRegionPath()))) {
            throw new NotFoundException();
        }
        ClaimService.requireVersion(c, expectedVersion);
        return c;
    }

    /** Writes the change now, so that an officer who decided the same claim meanwhile makes this one fail here. */
    private void flush(SubsidyClaim c) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException("subsidy.claim.changed", c.reference());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException || e instanceof jakarta.persistence.OptimisticLockException) {
                throw new DomainException("subsidy.claim.changed", c.reference());
            }
            throw e;
        }
    }

    /** SUBMITTED → UNDER_REVIEW: an officer takes the claim up (the 10-working-day target runs from submission). */
    @Transactional
    public SubsidyClaim startReview(Caller caller, long claimId, long expectedVersion) {
        SubsidyClaim c = forDecision(caller, claimId, expectedVersion);
        var before = c.snapshot();
        Instant now = Instant.now();
        c.startReview(now);
        flush(c);
        changes.changed(caller, c, ClaimState.SUBMITTED, "SUBSIDY_CLAIM_REVIEW_STARTED", null, before, null, now);
        return c;
    }

    @Transactional
    public SubsidyClaim approve(Caller caller, long claimId, long expectedVersion) {
        SubsidyClaim c = forDecision(caller, claimId, expectedVersion);
        ClaimState from = c.getState();
        var before = c.snapshot();
        Instant now = Instant.now();
        c.approve(now, caller.username());
        flush(c);
        changes.changed(caller, c, from, "SUBSIDY_CLAIM_APPROVED", null, before, null, now);
        return c;
    }

    @Transactional
    public SubsidyClaim reject(Caller caller, long claimId, long expectedVersion, String reason) {
        SubsidyClaim c = forDecision(caller, claimId, expectedVersion);
        ClaimState from = c.getState();
        var before = c.snapshot();
        Instant now = Instant.now();
        c.reject(now, caller.username(), reason);
        flush(c);
        changes.changed(caller, c, from, "SUBSIDY_CLAIM_REJECTED", c.getRejectReason(), before, null, now);
        return c;
    }

    /** 追回: fraud found later. A paid claim gives back the amount given; one not yet paid is stopped (0). */
    @Transactional
    public SubsidyClaim recover(Caller caller, long claimId, long expectedVersion, BigDecimal amount, String reason) {
        SubsidyClaim c = forDecision(caller, claimId, expectedVersion);
        ClaimState from = c.getState();
        var before = c.snapshot();
        Instant now = Instant.now();
        c.recover(now, caller.username(), amount, reason);
        flush(c);
        changes.changed(caller, c, from, "SUBSIDY_CLAIM_RECOVERED", c.getRecoveryReason(), before, c.getRecoveredAmount(), now);
        return c;
    }

    /** Why a claim of a batch was left out. */
    public enum SkipReason { NOT_FOUND, CHANGED, STATE, NEEDS_REVIEW }

    public record Skipped(long id, SkipReason reason) {
    }

    public record BatchResult(int approved, List<Skipped> skipped, long millis) {
    }

    /**
     * Approves many claims at once, in one transaction: the rows are locked, then every claim that is in
     * the officer's region, still SUBMITTED or UNDER_REVIEW, unchanged since the officer saw it ({@code
     * versions}, when given), and has neither a revoked certificate nor an open attendance fraud flag (those
     * are reviewed one by one) moves to APPROVED with one UPDATE per thousand, one audit entry per claim
     * (INSERT … SELECT) and one {@link ClaimsStateChanged} listing every claim. The others are listed with the reason.
     */
    @Transactional
    public BatchResult approveBatch(Caller caller, List<Long> claimIds, Map<Long, Long> versions) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(claimIds == null ? List.<Long>of() : claimIds));
        if (ids.isEmpty()) {
            throw new DomainException("subsidy.batch.empty");
        }
        if (ids.size() > MAX_BATCH) {
            throw new DomainException("subsidy.batch.tooLarge", MAX_BATCH);
        }
        Map<Long, Long> expected = versions == null ? Map.of() : versions;
        List<ClaimChanges.Row> rows = changes.lock(ids);
        List<Skipped> skipped = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ClaimChanges.Row> candidates = new ArrayList<>();
        for (ClaimChanges.Row r : rows) {
            seen.add(r.id());
            if (!caller.isAdmin() && !RegionPath.covers(caller.regionPath(), r.regionPath())) {
                skipped.add(new Skipped(r.id(), SkipReason.NOT_FOUND));
            } else if (expected.containsKey(r.id()) && !Objects.equals(expected.get(r.id()), r.version())) {
                skipped.add(new Skipped(r.id(), SkipReason.CHANGED));
            } else if (r.state() != ClaimState.SUBMITTED && r.state() != ClaimState.UNDER_REVIEW) {
                skipped.add(new Skipped(r.id(), SkipReason.STATE));
            } else {
                candidates.add(r);
            }
        }
        ids.stream().filter(id -> !seen.contains(id)).forEach(id -> skipped.add(new Skipped(id, SkipReason.NOT_FOUND)));
        Set<Long> needsReview = needsReview(candidates.stream().map(ClaimChanges.Row::id).toList());
        List<ClaimChanges.Row> approve = new ArrayList<>(candidates.size());
        for (ClaimChanges.Row r : candidates) {
            if (needsReview.contains(r.id())) {
                skipped.add(new Skipped(r.id(), SkipReason.NEEDS_REVIEW));
            } else {
                approve.add(r);
            }
        }
        Instant now = Instant.now();
        changes.moveAll(caller, approve, ClaimState.APPROVED, "SUBSIDY_CLAIM_APPROVED", null,
                "decided_at = ?, decided_by = ?", List.of(Timestamp.from(now), caller.username()), now);
        return new BatchResult(approve.size(), skipped, (System.nanoTime() - started) / 1_000_000);
    }

    /** Claims resting on a revoked certificate or with an open attendance fraud flag: for individual review. */
    private Set<Long> needsReview(List<Long> ids) {
        Set<Long> out = new HashSet<>();
        for (List<Long> chunk : ClaimChanges.chunks(ids)) {
            @SuppressWarnings("unchecked")
            List<Number> found = ClaimChanges.bind(em.createNativeQuery("""
                    SELECT c.id FROM subsidy_claim c WHERE c.id IN (""" + ClaimChanges.placeholders(chunk.size()) + """
                    ) AND (EXISTS (SELECT 1 FROM certificate k WHERE k.id = c.certificate_id AND k.state = 'REVOKED')
                       OR EXISTS (SELECT 1 FROM attendance_flag f WHERE f.class_id = c.class_id AND f.resolved_at IS NULL
                                  AND (f.worker_account_id = c.worker_account_id OR f.worker_account_id IS NULL)))"""), chunk)
                    .getResultList();
            found.forEach(n -> out.add(n.longValue()));
        }
        return out;
    }

    public record OrgOption(long id, String name) {
    }

    /** The institutions and bodies the caller's claims concern, for the queue's filter. */
    public List<OrgOption> organisations(Caller caller) {
        Where w = where(caller, PageRequest.first(1));
        return summaries.get("organisations|" + w.sql + "|" + w.params, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = ClaimChanges.bind(em.createNativeQuery("SELECT org.id, org.name FROM organisation org WHERE org.id IN "
                    + "(SELECT DISTINCT c.organisation_id FROM subsidy_claim c " + w.workerJoin() + "WHERE " + w.sql
                    + ") ORDER BY org.name"), w.params).setMaxResults(500).getResultList();
            return rows.stream().map(r -> new OrgOption(SubsidyFacts.num(r[0]), (String) r[1])).toList();
        });
    }

    /** Counts per state of the caller's scope, for the queue's summary line. */
    public Map<ClaimState, Long> counts(Caller caller) {
        Where w = where(caller, PageRequest.first(1));
        return summaries.get("counts|" + w.sql + "|" + w.params, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = ClaimChanges.bind(em.createNativeQuery("SELECT c.state, COUNT(*) FROM subsidy_claim c "
                    + w.workerJoin() + "WHERE " + w.sql + " GROUP BY c.state"), w.params).getResultList();
            Map<ClaimState, Long> out = new HashMap<>();
            rows.forEach(r -> out.put(ClaimState.valueOf((String) r[0]), SubsidyFacts.num(r[1])));
            return Map.copyOf(out);
        });
    }

}
