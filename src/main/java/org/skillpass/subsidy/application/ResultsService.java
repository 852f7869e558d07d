package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.subsidy.domain.Amount;
import org.skillpass.subsidy.domain.AttendanceRule;
import org.skillpass.subsidy.domain.ClaimFacts;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.EligibilityResult;
import org.skillpass.subsidy.domain.EligibilityRule;
import org.skillpass.subsidy.domain.EligibilityRules;
import org.skillpass.subsidy.domain.EmploymentFollowUp;
import org.skillpass.subsidy.domain.EmploymentRateScaling;
import org.skillpass.subsidy.domain.Explanation;
import org.skillpass.subsidy.domain.FollowUp;
import org.skillpass.subsidy.domain.FollowUpOutcome;
import org.skillpass.subsidy.domain.FollowUpSource;
import org.skillpass.subsidy.domain.Milestone;
import org.skillpass.subsidy.domain.PayeeRule;
import org.skillpass.subsidy.domain.PayeeType;
import org.skillpass.subsidy.domain.PersonRule;
import org.skillpass.subsidy.domain.Refusal;
import org.skillpass.subsidy.domain.ResultsBreakdown;
import org.skillpass.subsidy.domain.ResultsPlan;
import org.skillpass.subsidy.domain.SubsidyClaim;
import org.skillpass.subsidy.domain.TraineeOutcome;
import org.skillpass.subsidy.domain.Tranches;
import org.skillpass.subsidy.domain.YearlyQuotaRule;
import org.skillpass.subsidy.infrastructure.SubsidyFacts;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 政府购买培训成果 and 跟踪回访. The HR bureau sets up a results plan for an order or project class (tranches
 * at milestones, or the rate scaled by the class's 6-month employment rate); the institution records each
 * trainee's employment at 3 and 6 months after completion, or the ordering employer confirms it, with the
 * labour contract and wage slips that prove it; the institution then files what is owed.
 *
 * <p>Each tranche is a claim of its own (TRAINING, paid to the institution) that goes through review,
 * notice and payment; the tranches of one trainee form one results group, which counts once towards the
 * person's yearly quota (R1, judged when the first tranche is filed). Results claims are judged by R1,
 * R5 (attendance), R6 (person) and R7 (agreement); the milestone replaces the certificate rules (R2–R4),
 * since an employed trainee earns the employment tranche even without a certificate.
 */
@ApplicationScoped
public class ResultsService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    SubsidyFacts facts;

    @Inject
    SubsidyConfiguration config;

    @Inject
    SubsidyFiles files;

    @Inject
    ClaimService claims;

    @Inject
    ClaimChanges changes;

    @Inject
    PayoutAccounts accounts;

    @Inject
    AuditLog audit;

    /** The class a plan is for. */
    public record ClassInfo(long id, String name, long institutionId, String institutionName, String regionPath, String state,
                            LocalDate start, LocalDate end, Long orderId, Long employerId) {
    }

    public record FollowUpView(long id, int checkpointMonths, LocalDate recordedOn, FollowUpOutcome outcome,
                               FollowUpSource source, String employerName, boolean contract, int wageSlips, String recordedBy) {
    }

    public record Trainee(long enrolmentId, long workerAccountId, String name, boolean certified, List<FollowUpView> followUps,
                          boolean employedAtSixMonths, boolean employmentProven, BigDecimal owed,
                          List<ClaimService.ClaimRef> claimed) {
    }

    public record View(ClassInfo trainingClass, ResultsPlan plan, List<Trainee> trainees, ResultsBreakdown breakdown,
                       LocalDate due3, LocalDate due6, boolean mayRecord, boolean mayFile, boolean maySetUp) {
    }

    public ClassInfo trainingClass(long classId) {
        List<?> rows = em.createNativeQuery("""
                SELECT tc.id, tc.name, tc.institution_id, org.name, tc.region_path, tc.state, tc.start_date, tc.end_date,
                       tc.order_id, o.employer_id
                FROM training_class tc JOIN organisation org ON org.id = tc.institution_id
                LEFT JOIN training_order o ON o.id = tc.order_id WHERE tc.id = ?""").setParameter(1, classId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = (Object[]) rows.get(0);
        return new ClassInfo(SubsidyFacts.num(r[0]), (String) r[1], SubsidyFacts.num(r[2]), (String) r[3], (String) r[4],
                (String) r[5], SubsidyFacts.date(r[6]), SubsidyFacts.date(r[7]), SubsidyFacts.nullableNum(r[8]),
                SubsidyFacts.nullableNum(r[9]));
    }

    private ClassInfo forReading(Caller caller, long classId) {
        ClassInfo c = trainingClass(classId);
        boolean employer = caller.has(Role.EMPLOYER) && c.employerId() != null && c.employerId().equals(caller.organisationId());
        if (!employer && !(caller.has(Role.INSTITUTION_STAFF) || caller.has(Role.HR_OFFICER) || caller.isAdmin())
                || !employer && !caller.covers(c.institutionId(), c.regionPath())) {
            throw new NotFoundException();
        }
        return c;
    }

    public Optional<ResultsPlan> plan(long classId) {
        return em.createQuery("select p from ResultsPlan p where p.classId = :c", ResultsPlan.class).setParameter("c", classId)
                .getResultList().stream().findFirst();
    }

    @Transactional
    public View view(Caller caller, long classId) {
        ClassInfo c = forReading(caller, classId);
        ResultsPlan plan = plan(classId).orElse(null);
        List<Trainee> trainees = new ArrayList<>();
        List<TraineeOutcome> outcomes = new ArrayList<>();
        for (SubsidyFacts.TrainingFact t : facts.completedLearners(classId)) {
            List<FollowUpView> followUps = followUps(t.enrolmentId());
            EmploymentFollowUp record = record(c.end(), followUps);
            boolean certified = facts.certificateOfEnrolment(t.enrolmentId(), classId, t.workerAccountId()).isPresent();
            TraineeOutcome outcome = outcome(t.enrolmentId(), certified, record, followUps);
            outcomes.add(outcome);
            @SuppressWarnings("unchecked")
            List<Object[]> claimed = plan == null ? List.of() : em.createNativeQuery("SELECT id, milestone, state FROM subsidy_claim "
                    + "WHERE results_plan_id = ? AND enrolment_id = ? ORDER BY id").setParameter(1, plan.getId())
                    .setParameter(2, t.enrolmentId()).getResultList();
            trainees.add(new Trainee(t.enrolmentId(), t.workerAccountId(), facts.person(t.workerAccountId()).name(), certified,
                    followUps, record.employedAtSixMonths(), outcome.employmentProven(), BigDecimal.ZERO,
                    claimed.stream().map(r -> new ClaimService.ClaimRef(SubsidyFacts.num(r[0]), SubsidyClaim.reference(SubsidyFacts.num(r[0])),
                            ClaimState.valueOf((String) r[2]))).toList()));
        }
        ResultsBreakdown breakdown = plan == null ? null : plan.scheme().pay(plan.getRatePerTrainee(), outcomes);
        if (breakdown != null) {
            trainees = trainees.stream().map(t -> new Trainee(t.enrolmentId(), t.workerAccountId(), t.name(), t.certified(),
                    t.followUps(), t.employedAtSixMonths(), t.employmentProven(),
                    breakdown.totalFor(String.valueOf(t.enrolmentId())), t.claimed())).toList();
        }
        boolean institution = caller.has(Role.INSTITUTION_STAFF) && Objects.equals(caller.organisationId(), c.institutionId());
        boolean employer = caller.has(Role.EMPLOYER) && c.employerId() != null && c.employerId().equals(caller.organisationId());
        boolean hr = caller.isAdmin() || caller.has(Role.HR_OFFICER) && RegionPath.covers(caller.regionPath(), c.regionPath());
        return new View(c, plan, trainees, breakdown, c.end().plusMonths(3), c.end().plusMonths(6), institution || employer,
                institution && plan != null, hr && plan == null);
    }

    private List<FollowUpView> followUps(long enrolmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.id, f.checkpoint_months, f.recorded_on, f.outcome, f.source, f.employer_name, "
                + "f.contract_file_id, (SELECT COUNT(*) FROM follow_up_file x WHERE x.follow_up_id = f.id), f.recorded_by "
                + "FROM employment_follow_up f WHERE f.enrolment_id = ? ORDER BY f.recorded_on, f.id")
                .setParameter(1, enrolmentId).getResultList();
        return rows.stream().map(r -> new FollowUpView(SubsidyFacts.num(r[0]), (int) SubsidyFacts.num(r[1]), SubsidyFacts.date(r[2]),
                FollowUpOutcome.valueOf((String) r[3]), FollowUpSource.valueOf((String) r[4]), (String) r[5], r[6] != null,
                (int) SubsidyFacts.num(r[7]), (String) r[8])).toList();
    }

    private static EmploymentFollowUp record(LocalDate completed, List<FollowUpView> views) {
        return new EmploymentFollowUp(completed, views.stream()
                .map(v -> new FollowUp(v.checkpointMonths(), v.recordedOn(), v.outcome(), v.source())).toList());
    }

    /** Employment proven by the latest 6-month follow-up's contract and wage slips. */
    private static TraineeOutcome outcome(long enrolmentId, boolean certified, EmploymentFollowUp record, List<FollowUpView> views) {
        Optional<FollowUpView> latest6 = views.stream().filter(v -> v.checkpointMonths() == 6)
                .max(Comparator.comparing(FollowUpView::recordedOn).thenComparing(FollowUpView::id));
        return new TraineeOutcome(String.valueOf(enrolmentId), certified, record.employedAtSixMonths(),
                latest6.map(FollowUpView::contract).orElse(false), latest6.map(FollowUpView::wageSlips).orElse(0));
    }

    // ---- the plan -------------------------------------------------------------------------------------------

    /** The HR bureau of the class's region agrees how its results are paid; one plan per class. */
    @Transactional
    public ResultsPlan createPlan(Caller caller, long classId, ResultsPlan.Scheme scheme, BigDecimal ratePerTrainee,
                                  BigDecimal certifiedShare, BigDecimal employedShare) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        ClassInfo c = trainingClass(classId);
        if (!(caller.isAdmin() || RegionPath.covers(caller.regionPath(), c.regionPath()))) {
            throw new NotFoundException();
        }
        em.createNativeQuery("SELECT id FROM training_class WHERE id = ? FOR UPDATE").setParameter(1, classId).getResultList();
        if (plan(classId).isPresent()) {
            throw new DomainException("subsidy.results.planExists");
        }
        if (scheme == null) {
            throw new FieldException("scheme", "subsidy.results.scheme.required");
        }
        Instant now = Instant.now();
        ResultsPlan p = scheme == ResultsPlan.Scheme.TRANCHES
                ? ResultsPlan.tranches(classId, c.institutionId(), c.regionPath(), ratePerTrainee,
                certifiedShare == null ? Tranches.DEFAULT.tranches().get(0).share() : certifiedShare,
                employedShare == null ? Tranches.DEFAULT.tranches().get(1).share() : employedShare, caller.username(), now)
                : ResultsPlan.employmentRate(classId, c.institutionId(), c.regionPath(), ratePerTrainee,
                EmploymentRateScaling.DEFAULT, caller.username(), now);
        em.persist(p);
        em.flush();
        audit.record(caller, "RESULTS_PLAN_CREATED", "ResultsPlan", p.getId(), new AuditLog.Scope(c.institutionId(), c.regionPath()),
                null, null, Map.of("classId", classId, "scheme", scheme.name(), "rate", p.getRatePerTrainee()));
        return p;
    }

    // ---- follow-up ------------------------------------------------------------------------------------------

    public record Upload(String name, byte[] content) {
    }

    /**
     * Records a trainee's employment at 3 or 6 months after completion: by the institution of the class
     * (its call), or by the employer of the order (its confirmation). Not before the checkpoint is due.
     */
    @Transactional
    public long recordFollowUp(Caller caller, long enrolmentId, int checkpointMonths, FollowUpOutcome outcome,
                               String employerName, LocalDate recordedOn, Upload contract, List<Upload> wageSlips) {
        caller.require(Role.INSTITUTION_STAFF, Role.EMPLOYER);
        SubsidyFacts.TrainingFact t = facts.training(enrolmentId).orElseThrow(NotFoundException::new);
        FollowUpSource source;
        String employer = employerName == null || employerName.isBlank() ? null : employerName.strip();
        if (caller.has(Role.INSTITUTION_STAFF) && Objects.equals(caller.organisationId(), t.institutionId())) {
            source = FollowUpSource.INSTITUTION;
        } else if (caller.has(Role.EMPLOYER) && t.orderEmployerId() != null && t.orderEmployerId().equals(caller.organisationId())) {
            source = FollowUpSource.EMPLOYER_CONFIRMED;
            employer = facts.organisation(caller.organisationId()).name();
        } else {
            throw new NotFoundException();
        }
        if (!"COMPLETED".equals(t.enrolmentState())) {
            throw new DomainException("subsidy.claim.notCompleted", t.className());
        }
        if (outcome == null) {
            throw new FieldException("outcome", "subsidy.followUp.outcome.required");
        }
        LocalDate on = recordedOn == null ? LocalDate.now() : recordedOn;
        if (on.isAfter(LocalDate.now())) {
            throw new FieldException("recordedOn", "subsidy.followUp.future");
        }
        if (employer != null && employer.length() > 128) {
            throw new FieldException("employerName", "subsidy.followUp.employer.long");
        }
        FollowUp f;
        try {
            f = new FollowUp(checkpointMonths, on, outcome, source);
        } catch (IllegalArgumentException e) {
            throw new FieldException("checkpoint", "subsidy.followUp.checkpoint");
        }
        EmploymentFollowUp.after(t.end()).record(f); // refuses a checkpoint not due yet
        Long contractFile = null;
        if (contract != null && contract.content() != null && contract.content().length > 0) {
            contractFile = files.store(caller, "contract", contract.name(), contract.content()).id();
        }
        List<Long> slips = new ArrayList<>();
        for (Upload u : wageSlips == null ? List.<Upload>of() : wageSlips) {
            if (u != null && u.content() != null && u.content().length > 0) {
                slips.add(files.store(caller, "wageSlips", u.name(), u.content()).id());
            }
        }
        em.createNativeQuery("INSERT INTO employment_follow_up (enrolment_id, class_id, worker_account_id, institution_id, region_path, "
                        + "checkpoint_months, recorded_on, outcome, source, employer_name, contract_file_id, wage_slips, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, enrolmentId).setParameter(2, t.classId()).setParameter(3, t.workerAccountId())
                .setParameter(4, t.institutionId()).setParameter(5, t.regionPath()).setParameter(6, checkpointMonths)
                .setParameter(7, Date.valueOf(on)).setParameter(8, outcome.name()).setParameter(9, source.name())
                .setParameter(10, employer).setParameter(11, contractFile).setParameter(12, new java.util.HashSet<>(slips).size())
                .setParameter(13, caller.username()).setParameter(14, Timestamp.from(Instant.now())).executeUpdate();
        long id = SubsidyFacts.num(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
        for (long file : new java.util.LinkedHashSet<>(slips)) {
            em.createNativeQuery("INSERT INTO follow_up_file (follow_up_id, file_id) VALUES (?, ?)").setParameter(1, id)
                    .setParameter(2, file).executeUpdate();
        }
        audit.record(caller, "EMPLOYMENT_FOLLOW_UP_RECORDED", "EmploymentFollowUp", id,
                new AuditLog.Scope(t.institutionId(), t.regionPath()), null, null,
                Map.of("enrolmentId", enrolmentId, "checkpoint", checkpointMonths, "outcome", outcome.name(), "source", source.name(),
                        "wageSlips", slips.size(), "contract", contractFile != null));
        return id;
    }

    // ---- filing what is owed ----------------------------------------------------------------------------------

    public record Refused(long enrolmentId, String name, String payment, List<Refusal> refusals) {
    }

    public record Filing(List<SubsidyClaim> filed, List<Refused> refused) {
    }

    private static final EligibilityRules FIRST = new EligibilityRules(List.<EligibilityRule>of(new YearlyQuotaRule(),
            new AttendanceRule(), new PersonRule(), new PayeeRule()));
    private static final EligibilityRules LATER = new EligibilityRules(List.<EligibilityRule>of(new AttendanceRule(),
            new PersonRule(), new PayeeRule()));

    /**
     * Files a claim for every payment the plan owes and that was not claimed yet (a rejected claim may be
     * filed again): tranches as their milestones are reached; the employment-rate payment once the 6-month
     * checkpoint is due for the class. Each is submitted at once; a trainee the rules refuse is listed with
     * every reason and nothing is filed for them.
     */
    @Transactional
    public Filing fileOwed(Caller caller, long classId) {
        caller.require(Role.INSTITUTION_STAFF);
        ClassInfo c = trainingClass(classId);
        if (!Objects.equals(caller.organisationId(), c.institutionId())) {
            throw new NotFoundException();
        }
        ResultsPlan plan = plan(classId).orElseThrow(() -> new DomainException("subsidy.results.noPlan"));
        LocalDate today = claims.today();
        if (plan.getScheme() == ResultsPlan.Scheme.EMPLOYMENT_RATE && today.isBefore(c.end().plusMonths(6))) {
            throw new DomainException("subsidy.results.tooEarly", c.end().plusMonths(6).toString());
        }
        if (accounts.ofOrganisation(c.institutionId()).isEmpty()) {
            throw new DomainException("subsidy.claim.account.missingOrganisation");
        }
        List<SubsidyFacts.TrainingFact> learners = facts.completedLearners(classId);
        learners.stream().map(SubsidyFacts.TrainingFact::workerAccountId).sorted().distinct().forEach(facts::lockWorker);
        View view = view(caller, classId);
        ResultsBreakdown breakdown = view.breakdown();
        List<SubsidyClaim> filed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Instant now = Instant.now();
        for (SubsidyFacts.TrainingFact t : learners) {
            String group = "plan:" + plan.getId() + ":" + t.enrolmentId();
            List<ResultsBreakdown.Line> lines = breakdown.lines().stream()
                    .filter(l -> l.trainee().equals(String.valueOf(t.enrolmentId()))).toList();
            if (plan.getScheme() == ResultsPlan.Scheme.EMPLOYMENT_RATE && !lines.isEmpty()) {
                BigDecimal sum = lines.stream().map(ResultsBreakdown.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                lines = List.of(new ResultsBreakdown.Line(lines.get(0).trainee(), lines.get(0).basisKey(), sum));
            }
            for (ResultsBreakdown.Line line : lines) {
                Milestone milestone = plan.getScheme() == ResultsPlan.Scheme.TRANCHES ? milestoneOf(line.basisKey()) : null;
                if (claimedAlready(plan.getId(), t.enrolmentId(), milestone)) {
                    continue;
                }
                SubsidyFacts.Person person = facts.person(t.workerAccountId());
                Long agreement = facts.agreement(t.workerAccountId(), c.institutionId()).orElse(null);
                boolean groupCounted = facts.claimsOfForUpdate(t.workerAccountId()).stream()
                        .anyMatch(r -> group.equals(r.resultsGroup()) && r.state().counts());
                ClaimFacts cf = ClaimFacts.builder(ClaimType.TRAINING, today, PayeeType.INSTITUTION)
                        .occupation(t.occupationCode(), t.level())
                        .priorClaims(claims.priorClaims(t.workerAccountId(), null, group, true))
                        .attendance(t.plannedHours(), t.attendedHours())
                        .training(t.start(), t.end())
                        .person(person.birthDate(), person.gender(), ClaimService.category(t.category()), ClaimService.status(t.learnerStatus()))
                        .agreementOnFile(agreement != null)
                        .settings(config.settings(c.regionPath(), today))
                        .build();
                EligibilityResult result = (groupCounted ? LATER : FIRST).evaluate(cf);
                if (!result.eligible()) {
                    refused.add(new Refused(t.enrolmentId(), person.name(), line.basisKey(), result.refusals()));
                    continue;
                }
                Optional<SubsidyFacts.CertificateFact> cert = facts.certificateOfEnrolment(t.enrolmentId(), classId, t.workerAccountId());
                SubsidyClaim.Draft d = new SubsidyClaim.Draft(ClaimType.TRAINING, PayeeType.INSTITUTION, c.institutionId(),
                        t.workerAccountId(), SubsidyConfiguration.regionCode(c.regionPath()), c.regionPath(), c.institutionId(),
                        classId, t.enrolmentId(), null, cert.map(SubsidyFacts.CertificateFact::id).orElse(null),
                        cert.map(SubsidyFacts.CertificateFact::kind).orElse(null), t.occupationId(), t.occupationCode(), t.level(),
                        t.category(), t.learnerStatus(), null, plan.getId(), milestone, group, agreement);
                List<Explanation> steps = new ArrayList<>(breakdown.explanation());
                steps.add(Explanation.of(line.basisKey()));
                steps.add(Explanation.of("subsidy.amount.total", line.amount()));
                Amount amount = new Amount(line.amount(), steps);
                SubsidyClaim claim = new SubsidyClaim(d, amount, ClaimService.explanationJson(steps), caller.accountId(),
                        caller.username(), now);
                claim.submit(now, today.getYear(), MessageLines.toJson(MessageLines.rules(result,
                        (groupCounted ? LATER : FIRST).rules().stream().map(EligibilityRule::name).toList())));
                em.persist(claim);
                em.flush();
                changes.changed(caller, claim, null, "SUBSIDY_CLAIM_SUBMITTED", null, null, null, now);
                filed.add(claim);
            }
        }
        return new Filing(filed, refused);
    }

    private boolean claimedAlready(long planId, long enrolmentId, Milestone milestone) {
        return SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_claim WHERE results_plan_id = ? AND enrolment_id = ? "
                        + "AND (milestone = ? OR (? IS NULL AND milestone IS NULL)) AND state <> 'REJECTED'")
                .setParameter(1, planId).setParameter(2, enrolmentId).setParameter(3, milestone == null ? null : milestone.name())
                .setParameter(4, milestone == null ? null : milestone.name()).getSingleResult()) > 0;
    }

    private static Milestone milestoneOf(String basisKey) {
        for (Milestone m : Milestone.values()) {
            if (basisKey.endsWith("." + m.name())) {
                return m;
            }
        }
        throw new IllegalStateException(basisKey);
    }

    /** A class on the pay-for-results list: with its plan's scheme and rate, or none yet. */
    public record PlanRow(long classId, String className, String institution, LocalDate end, boolean order, String scheme,
                          BigDecimal rate) {
    }

    /**
     * Classes in the caller's scope with a plan, and for HR officers the order classes (and other classes
     * ended in the last year) of the region that have none yet, so a plan can be set up.
     */
    public List<PlanRow> plans(Caller caller) {
        caller.require(Role.HR_OFFICER, Role.ADMIN, Role.INSTITUTION_STAFF, Role.EMPLOYER);
        String where;
        Object param;
        if (caller.isAdmin()) {
            where = "1 = ?";
            param = 1;
        } else if (caller.has(Role.HR_OFFICER)) {
            where = "tc.region_path LIKE ?";
            param = RegionPath.likePattern(caller.regionPath());
        } else if (caller.has(Role.INSTITUTION_STAFF)) {
            where = "tc.institution_id = ?";
            param = caller.organisationId();
        } else {
            where = "o.employer_id = ?";
            param = caller.organisationId();
        }
        boolean officer = caller.isAdmin() || caller.has(Role.HR_OFFICER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tc.id, tc.name, org.name, tc.end_date, tc.order_id IS NOT NULL, p.scheme, "
                + "p.rate_per_trainee FROM training_class tc JOIN organisation org ON org.id = tc.institution_id "
                + "LEFT JOIN results_plan p ON p.class_id = tc.id LEFT JOIN training_order o ON o.id = tc.order_id "
                + "WHERE " + where + " AND (p.id IS NOT NULL" + (officer ? " OR (tc.state IN ('COMPLETED', 'ARCHIVED', 'IN_TRAINING') "
                + "AND tc.end_date > CURRENT_DATE - INTERVAL 1 YEAR)" : "") + ") "
                + "ORDER BY p.id IS NULL, tc.order_id IS NULL, tc.end_date DESC").setParameter(1, param).setMaxResults(200).getResultList();
        return rows.stream().map(r -> new PlanRow(SubsidyFacts.num(r[0]), (String) r[1], (String) r[2], SubsidyFacts.date(r[3]),
                SubsidyFacts.bool(r[4]), (String) r[5], (BigDecimal) r[6])).toList();
    }

}
