package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.domain.LearnerStatus;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.subsidy.domain.Amount;
import org.skillpass.subsidy.domain.AmountCalculator;
import org.skillpass.subsidy.domain.CertificateKind;
import org.skillpass.subsidy.domain.ClaimFacts;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.EligibilityResult;
import org.skillpass.subsidy.domain.EligibilityRule;
import org.skillpass.subsidy.domain.EligibilityRules;
import org.skillpass.subsidy.domain.Explanation;
import org.skillpass.subsidy.domain.PayeeType;
import org.skillpass.subsidy.domain.PriorClaim;
import org.skillpass.subsidy.domain.RateTable;
import org.skillpass.subsidy.domain.Refusal;
import org.skillpass.subsidy.domain.SubsidyClaim;
import org.skillpass.subsidy.domain.SubsidySettings;
import org.skillpass.subsidy.domain.Yuan;
import org.skillpass.subsidy.infrastructure.SubsidyFacts;
import org.skillpass.subsidy.infrastructure.SubsidyFacts.AssessmentFact;
import org.skillpass.subsidy.infrastructure.SubsidyFacts.CertificateFact;
import org.skillpass.subsidy.infrastructure.SubsidyFacts.Person;
import org.skillpass.subsidy.infrastructure.SubsidyFacts.TrainingFact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Filing claims: a worker for themself (paid to them), an institution or assessment body on the learner's
 * behalf (paid to it, 垫付, with the learner's 代为申请 agreement on file), an employer for the pre-job
 * (order) training it commissioned. The evidence comes from the system (certificate, enrolment and
 * attendance, locked assessment result and fee); the amount from the region's rate table with its
 * explanation; eligibility from rules R1–R7 over those facts, every refusal with its exact message.
 *
 * <p>The yearly quota (R1) holds under concurrency: the submitting transaction locks the person's worker
 * row first (SELECT … FOR UPDATE) and reads the person's claims with a locking read, so two claims for
 * the same person submitted at the same moment are checked one after the other.
 */
@ApplicationScoped
public class ClaimService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    SubsidyFacts facts;

    @Inject
    SubsidyConfiguration config;

    @Inject
    PayoutAccounts accounts;

    @Inject
    SubsidyFiles files;

    @Inject
    ClaimChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    ClaimService self;

    /** Rule names in the order they are shown. */
    public static final List<String> RULE_ORDER = EligibilityRules.standard().rules().stream().map(EligibilityRule::name).toList();

    /**
     * What a claim is for: the certificate (TRAINING, ASSESSMENT) or the enrolment (LIVING_ALLOWANCE,
     * APPRENTICESHIP); the payee follows from who files. A learner without an enrolment (an assessment taken
     * on its own) declares the category and status they had at the time.
     */
    public record Request(ClaimType type, long basisId, String declaredCategory, String declaredStatus) {
        public Request {
            Objects.requireNonNull(type, "type");
        }

        public static Request of(ClaimType type, long basisId) {
            return new Request(type, basisId, null, null);
        }
    }

    /** Everything a claim screen shows before filing: facts, amount and explanation, every rule's result. */
    public record Preview(SubsidyClaim.Draft draft, Person person, CertificateFact certificate, AssessmentFact assessment,
                          TrainingFact training, String organisationName, Amount amount, DomainException amountProblem,
                          EligibilityResult eligibility, List<MessageLines.Line> ruleLines, boolean agreementOnFile,
                          boolean accountOnFile, List<SubsidyFacts.Flag> flags, LocalDate claimDate) {

        public boolean eligible() {
            return eligibility.eligible() && amount != null;
        }

        /** Refusals plus a missing rate, as the lines the applicant must read. */
        public List<Refusal> refusals() {
            List<Refusal> out = new ArrayList<>(eligibility.refusals());
            if (amount == null && amountProblem != null) {
                out.add(Refusal.of("RATE", amountProblem.messageKey(), amountProblem.args()));
            }
            return out;
        }
    }

    /** The day claims are dated (the server's date, like the rest of SkillPass). */
    public LocalDate today() {
        return LocalDate.now();
    }

    // ---- filing ---------------------------------------------------------------------------------------

    /** The facts, amount and rule results of a prospective claim; nothing is saved. */
    @Transactional
    public Preview preview(Caller caller, long workerAccountId, Request request) {
        return gather(caller, workerAccountId, request, null, false, today());
    }

    /**
     * Files a claim: submitted at once when {@code submit} (refused with every reason if a rule says no,
     * and then nothing is saved), otherwise kept as a DRAFT for evidence to be added.
     */
    @Transactional
    public SubsidyClaim file(Caller caller, long workerAccountId, Request request, boolean submit) {
        facts.lockWorker(workerAccountId); // first statement: serialises every claim of this person
        LocalDate today = today();
        Preview p = gather(caller, workerAccountId, request, null, true, today);
        requireNoDuplicate(p.draft(), null);
        if (submit) {
            requireSubmittable(p);
        }
        Instant now = Instant.now();
        Amount amount = p.amount() != null ? p.amount() : new Amount(Yuan.ZERO, List.of());
        SubsidyClaim c = new SubsidyClaim(p.draft(), amount,
                MessageLines.toJson(MessageLines.explanation(amount.explanation())), caller.accountId(), caller.username(), now);
        String rules = MessageLines.toJson(p.ruleLines());
        if (submit) {
            c.submit(now, today.getYear(), rules);
        } else {
            c.checked(rules);
        }
        em.persist(c);
        em.flush();
        changes.changed(caller, c, null, submit ? "SUBSIDY_CLAIM_SUBMITTED" : "SUBSIDY_CLAIM_DRAFTED", null, null, null, now);
        return c;
    }

    /** A draft submitted after its evidence is complete: the rules are checked again, under the person's lock. */
    @Transactional
    public SubsidyClaim submit(Caller caller, long claimId, long expectedVersion) {
        SubsidyClaim found = em.find(SubsidyClaim.class, claimId);
        if (found == null || !mayFile(caller, found)) {
            throw new NotFoundException();
        }
        facts.lockWorker(found.getWorkerAccountId());
        em.refresh(found);
        SubsidyClaim c = found;
        requireVersion(c, expectedVersion);
        if (c.getState() != ClaimState.DRAFT) {
            throw new DomainException("subsidy.state.illegal", c.getState(), ClaimState.SUBMITTED);
        }
        if (c.getResultsPlanId() != null) {
            throw new DomainException("subsidy.results.submitDirectly");
        }
        LocalDate today = today();
        Preview p = gather(caller, c.getWorkerAccountId(), requestOf(c), c, true, today);
        requireNoDuplicate(p.draft(), c.getId());
        requireSubmittable(p);
        var before = c.snapshot();
        Instant now = Instant.now();
        c.submit(now, today.getYear(), MessageLines.toJson(p.ruleLines()));
        em.flush();
        changes.changed(caller, c, ClaimState.DRAFT, "SUBSIDY_CLAIM_SUBMITTED", null, before, null, now);
        return c;
    }

    private static Request requestOf(SubsidyClaim c) {
        Long basis = c.getType().needsCertificate() ? c.getCertificateId() : c.getEnrolmentId();
        if (basis == null) {
            throw new DomainException("subsidy.claim.noBasis");
        }
        return new Request(c.getType(), basis, c.getCategory(), c.getLearnerStatus());
    }

    private void requireSubmittable(Preview p) {
        List<Refusal> refusals = p.refusals();
        if (!refusals.isEmpty()) {
            throw new ClaimRefusedException(refusals);
        }
        if (!p.accountOnFile()) {
            throw new DomainException(p.draft().payeeType() == PayeeType.LEARNER ? "subsidy.claim.account.missing"
                    : "subsidy.claim.account.missingOrganisation");
        }
    }

    /** The same subsidy (type and what it rests on) may be pending or granted only once. */
    private void requireNoDuplicate(SubsidyClaim.Draft d, Long except) {
        String basis = d.type().needsCertificate() ? "certificate_id" : "enrolment_id";
        Long basisId = d.type().needsCertificate() ? d.certificateId() : d.enrolmentId();
        if (basisId == null || d.resultsGroup() != null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> same = em.createNativeQuery("SELECT id FROM subsidy_claim WHERE type = ? AND " + basis + " = ? "
                        + "AND results_group IS NULL AND state NOT IN ('REJECTED', 'RECOVERED') AND id <> ?")
                .setParameter(1, d.type().name()).setParameter(2, basisId).setParameter(3, except == null ? -1L : except)
                .getResultList();
        if (!same.isEmpty()) {
            throw new DomainException("subsidy.claim.duplicate", SubsidyClaim.reference(same.get(0).longValue()));
        }
    }

    /**
     * Gathers the facts of a claim, checks the caller may file it, and evaluates amount and rules.
     * {@code existing}: the claim being re-checked (left out of the person's prior claims).
     */
    Preview gather(Caller caller, long workerAccountId, Request request, SubsidyClaim existing, boolean locked, LocalDate today) {
        if (existing == null) {
            caller.require(Role.WORKER, Role.INSTITUTION_STAFF, Role.ASSESSOR, Role.EMPLOYER);
        }
        Person person = facts.person(workerAccountId);
        CertificateFact cert = null;
        AssessmentFact assessment = null;
        TrainingFact training = null;
        String regionPath;
        Long organisationId;
        String organisationName;
        ClaimType type = request.type();
        switch (type) {
            case TRAINING, ASSESSMENT -> {
                cert = facts.certificate(request.basisId()).filter(c -> c.workerAccountId() == workerAccountId)
                        .orElseThrow(NotFoundException::new);
                if (!"VALID".equals(cert.state())) {
                    throw new DomainException("subsidy.claim.certificate.notValid", cert.number());
                }
                if (cert.candidateId() != null) {
                    assessment = facts.assessment(cert.candidateId()).orElse(null);
                }
                Long enrolmentId = cert.enrolmentId();
                if (enrolmentId == null && assessment != null) {
                    enrolmentId = assessment.enrolmentId();
                }
                if (enrolmentId == null && cert.classId() != null) {
                    enrolmentId = facts.enrolmentOf(cert.classId(), workerAccountId).orElse(null);
                }
                training = enrolmentId == null ? null : facts.training(enrolmentId).orElse(null);
                if (type == ClaimType.ASSESSMENT) {
                    if (assessment == null) {
                        throw new DomainException("subsidy.claim.noAssessment", cert.number());
                    }
                    regionPath = assessment.regionPath();
                    organisationId = assessment.bodyId();
                    organisationName = assessment.bodyName();
                } else if (training != null) {
                    regionPath = training.regionPath();
                    organisationId = training.institutionId();
                    organisationName = training.institutionName();
                } else {
                    regionPath = cert.regionPath();
                    organisationId = cert.issuerId();
                    organisationName = cert.issuerName();
                }
            }
            case LIVING_ALLOWANCE, APPRENTICESHIP -> {
                training = facts.training(request.basisId()).filter(t -> t.workerAccountId() == workerAccountId)
                        .orElseThrow(NotFoundException::new);
                if (!"COMPLETED".equals(training.enrolmentState())) {
                    throw new DomainException("subsidy.claim.notCompleted", training.className());
                }
                if (type == ClaimType.APPRENTICESHIP && !"ENTERPRISE_POST".equals(training.deliveryMode())) {
                    throw new DomainException("subsidy.claim.apprenticeship.notEnterprise", training.className());
                }
                regionPath = training.regionPath();
                organisationId = training.institutionId();
                organisationName = training.institutionName();
            }
            default -> throw new IllegalStateException(type.name());
        }

        // who files decides who is paid
        PayeeType payee;
        Long payeeOrg = null;
        boolean orderTraining = false;
        if (existing != null) {
            // re-checking a filed claim (on submission or for the reviewer): its payee stands
            payee = existing.getPayeeType();
            payeeOrg = existing.getPayeeOrganisationId();
            orderTraining = payee == PayeeType.EMPLOYER && training != null
                    && Objects.equals(training.orderEmployerId(), payeeOrg);
        } else if (caller.has(Role.WORKER) && caller.accountId() != null && caller.accountId() == workerAccountId) {
            payee = PayeeType.LEARNER;
        } else if (caller.has(Role.INSTITUTION_STAFF) && type != ClaimType.ASSESSMENT
                && Objects.equals(caller.organisationId(), organisationId)) {
            payee = PayeeType.INSTITUTION;
            payeeOrg = caller.organisationId();
        } else if (caller.has(Role.ASSESSOR) && type == ClaimType.ASSESSMENT
                && Objects.equals(caller.organisationId(), organisationId)) {
            payee = PayeeType.ASSESSMENT_BODY;
            payeeOrg = caller.organisationId();
        } else if (caller.has(Role.EMPLOYER) && training != null && training.orderEmployerId() != null
                && Objects.equals(caller.organisationId(), training.orderEmployerId())) {
            payee = PayeeType.EMPLOYER;
            payeeOrg = caller.organisationId();
            orderTraining = true;
        } else {
            throw new NotFoundException();
        }

        String category = training != null ? training.category() : declared(request.declaredCategory());
        String status = training != null ? training.learnerStatus() : declared(request.declaredStatus());
        if (training == null && category == null) {
            // an assessment taken without a class: the category recorded at the person's latest class before it
            String[] latest = facts.latestCategory(workerAccountId, cert == null ? today : cert.issuedOn());
            if (latest != null) {
                category = latest[0];
                status = status == null ? latest[1] : status;
            }
        }
        Long agreementId = payeeOrg == null ? null : facts.agreement(workerAccountId, payeeOrg).orElse(null);
        SubsidySettings settings = config.settings(regionPath, today);
        RateTable rates = config.rates(regionPath);
        AmountCalculator calc = new AmountCalculator(rates, settings);

        Amount amount = null;
        DomainException amountProblem = null;
        Integer units = null;
        try {
            switch (type) {
                case TRAINING -> amount = calc.training(regionPath, cert.issuedOn(), cert.kind(), cert.level(), cert.shortage());
                case ASSESSMENT -> amount = calc.assessment(regionPath, cert.issuedOn(), cert.kind(), cert.level(),
                        cert.shortage(), assessment.fee());
                case LIVING_ALLOWANCE -> {
                    units = training.attendedDays();
                    amount = calc.livingAllowance(regionPath, training.start(), units);
                }
                case APPRENTICESHIP -> {
                    units = apprenticeshipYears(training.start(), training.end());
                    amount = calc.apprenticeship(regionPath, training.start(), units);
                }
            }
        } catch (DomainException e) {
            amountProblem = e;
        }

        Long occupationId = cert != null ? cert.occupationId() : training.occupationId();
        String occupationCode = cert != null ? cert.occupationCode() : training.occupationCode();
        Integer level = cert != null ? (cert.kind().hasLevel() ? cert.level() : null) : training.level();
        SubsidyClaim.Draft draft = new SubsidyClaim.Draft(type, payee, payeeOrg, workerAccountId,
                SubsidyConfiguration.regionCode(regionPath), regionPath, organisationId, training == null ? null : training.classId(),
                training == null ? null : training.enrolmentId(), assessment == null ? null : assessment.candidateId(),
                cert == null ? null : cert.id(), cert == null ? null : cert.kind(), occupationId, occupationCode, level,
                category, status, units, null, null, null, agreementId);

        ClaimFacts claimFacts = ClaimFacts.builder(type, today, payee)
                .occupation(occupationCode, level)
                .certificate(cert == null ? null : cert.kind(), cert == null ? null : cert.issuedOn(),
                        assessment != null && assessment.firstAttempt())
                .priorClaims(priorClaims(workerAccountId, existing, null, locked))
                .attendance(training == null ? null : training.plannedHours(), training == null ? null : training.attendedHours())
                .training(training == null ? null : training.start(), training == null ? null : training.end())
                .person(person.birthDate(), person.gender(), category(category), status(status))
                .agreementOnFile(agreementId != null)
                .orderTraining(orderTraining)
                .settings(settings)
                .build();
        EligibilityResult result = EligibilityRules.standard().evaluate(claimFacts);
        boolean account = accounts.ofPayee(workerAccountId, payeeOrg).isPresent();
        List<SubsidyFacts.Flag> flags = training == null ? List.of() : facts.flags(training.classId(), workerAccountId);
        return new Preview(draft, person, cert, assessment, training, organisationName, amount, amountProblem, result,
                MessageLines.rules(result, RULE_ORDER), agreementId != null, account, flags, today);
    }

    /** 企业新型学徒制: whole years of training, at least one (a year begun counts). */
    static int apprenticeshipYears(LocalDate start, LocalDate end) {
        LocalDate after = end.plusDays(1);
        long months = ChronoUnit.MONTHS.between(start, after);
        if (start.plusMonths(months).isBefore(after)) {
            months++; // a month begun counts as well
        }
        return (int) Math.max(1, (months + 11) / 12);
    }

    /**
     * The person's other claims as the rules count them: without the claim being checked, and a
     * pay-for-results claim's tranches (one results group) as one subsidy in the year of its first tranche.
     */
    public List<PriorClaim> priorClaims(long workerAccountId, SubsidyClaim existing, String excludeGroup, boolean locked) {
        List<SubsidyFacts.ClaimRow> rows = locked ? facts.claimsOfForUpdate(workerAccountId) : facts.claimsOf(workerAccountId);
        List<PriorClaim> out = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (SubsidyFacts.ClaimRow r : rows) {
            if (existing != null && existing.getId() != null && existing.getId() == r.id()) {
                continue;
            }
            if (r.resultsGroup() != null) {
                if (r.resultsGroup().equals(excludeGroup) || (r.state().counts() && !groups.add(r.resultsGroup()))) {
                    continue;
                }
            }
            if (r.year() == null) {
                continue; // drafts have no year and do not count
            }
            out.add(new PriorClaim(r.type(), r.year(), r.occupationCode(), r.level(), r.state()));
        }
        return out;
    }

    private static String declared(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Re-evaluates a filed claim's rules now (for the reviewer), leaving the claim itself out of the count. */
    public Preview recheck(Caller caller, SubsidyClaim c) {
        return gather(caller, c.getWorkerAccountId(), requestOf(c), c, false, today());
    }

    static LearnerCategory category(String s) {
        try {
            return s == null ? null : LearnerCategory.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LearnerStatus status(String s) {
        try {
            return s == null ? null : LearnerStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- an institution files for a class ------------------------------------------------------------------------

    /** A class of the caller's organisation that learners completed, for the "file claims for a class" list. */
    public record ClassSummary(long id, String name, LocalDate end, long learners, long claims) {
    }

    /** Completed classes of the caller's institution (or of the employer's orders), latest first. */
    public List<ClassSummary> completedClasses(Caller caller) {
        caller.require(Role.INSTITUTION_STAFF, Role.EMPLOYER);
        String owner = caller.has(Role.INSTITUTION_STAFF) ? "tc.institution_id = ?"
                : "tc.order_id IN (SELECT o.id FROM training_order o WHERE o.employer_id = ?)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tc.id, tc.name, tc.end_date, "
                + "(SELECT COUNT(*) FROM enrolment e WHERE e.class_id = tc.id AND e.state = 'COMPLETED'), "
                + "(SELECT COUNT(*) FROM subsidy_claim c WHERE c.class_id = tc.id) "
                + "FROM training_class tc WHERE " + owner + " AND tc.state IN ('COMPLETED', 'ARCHIVED') ORDER BY tc.end_date DESC, tc.id DESC")
                .setParameter(1, caller.organisationId()).setMaxResults(100).getResultList();
        return rows.stream().map(r -> new ClassSummary(SubsidyFacts.num(r[0]), (String) r[1], SubsidyFacts.date(r[2]),
                SubsidyFacts.num(r[3]), SubsidyFacts.num(r[4]))).toList();
    }

    /** One learner of a class as the institution sees it before filing: the preview, or why none can be made. */
    public record ClassLine(long workerAccountId, String name, String idMasked, Long basisId, Preview preview,
                            DomainException problem, ClaimRef existing) {

        public boolean fileable() {
            return preview != null && preview.eligible() && existing == null;
        }
    }

    /** The class's completed learners with their prospective claims of the type (paid to the caller's organisation). */
    @Transactional
    public List<ClassLine> classPreview(Caller caller, long classId, ClaimType type) {
        caller.require(Role.INSTITUTION_STAFF, Role.EMPLOYER);
        List<ClassLine> out = new ArrayList<>();
        List<TrainingFact> learners = facts.completedLearners(classId);
        if (!learners.isEmpty()) {
            TrainingFact first = learners.get(0);
            boolean own = Objects.equals(caller.organisationId(), first.institutionId())
                    || Objects.equals(caller.organisationId(), first.orderEmployerId());
            if (!own) {
                throw new NotFoundException();
            }
        }
        LocalDate today = today();
        for (TrainingFact t : learners) {
            Person person = facts.person(t.workerAccountId());
            Long basis = type.needsCertificate()
                    ? facts.certificateOfEnrolment(t.enrolmentId(), classId, t.workerAccountId()).map(CertificateFact::id).orElse(null)
                    : t.enrolmentId();
            ClaimRef existing = existingClaim(type, type.needsCertificate() ? "certificate_id" : "enrolment_id", basis);
            if (basis == null) {
                out.add(new ClassLine(t.workerAccountId(), person.name(), person.idMasked(), null, null,
                        new DomainException("subsidy.rule.certificate.missing"), existing));
                continue;
            }
            try {
                Preview p = gather(caller, t.workerAccountId(), Request.of(type, basis), null, false, today);
                out.add(new ClassLine(t.workerAccountId(), person.name(), person.idMasked(), basis, p, null, existing));
            } catch (DomainException e) {
                out.add(new ClassLine(t.workerAccountId(), person.name(), person.idMasked(), basis, null, e, existing));
            }
        }
        return out;
    }

    /** A claim already filed, by reference and state. */
    public record ClaimRef(long id, String reference, ClaimState state) {
    }

    private ClaimRef existingClaim(ClaimType type, String column, Long basis) {
        if (basis == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, state FROM subsidy_claim WHERE type = ? AND " + column + " = ? "
                        + "AND results_group IS NULL AND state NOT IN ('REJECTED', 'RECOVERED') ORDER BY id DESC")
                .setParameter(1, type.name()).setParameter(2, basis).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : new ClaimRef(SubsidyFacts.num(rows.get(0)[0]),
                SubsidyClaim.reference(SubsidyFacts.num(rows.get(0)[0])), ClaimState.valueOf((String) rows.get(0)[1]));
    }

    /** What filing for a class did: the claims submitted, and per learner the refusals or the problem. */
    public record ClassFiling(List<SubsidyClaim> filed, Map<Long, List<Refusal>> refused, Map<Long, DomainException> problems) {
    }

    /**
     * Files and submits the claims of the chosen learners of a class, each in its own transaction (one
     * learner's refusal does not stop the others).
     */
    public ClassFiling fileForClass(Caller caller, long classId, ClaimType type, List<Long> workerAccountIds) {
        caller.require(Role.INSTITUTION_STAFF, Role.EMPLOYER);
        if (workerAccountIds == null || workerAccountIds.isEmpty()) {
            throw new FieldException("learners", "subsidy.batch.empty");
        }
        List<SubsidyClaim> filed = new ArrayList<>();
        Map<Long, List<Refusal>> refused = new java.util.LinkedHashMap<>();
        Map<Long, DomainException> problems = new java.util.LinkedHashMap<>();
        for (long w : workerAccountIds) {
            Long enrolment = facts.enrolmentOf(classId, w).orElse(null);
            if (enrolment == null) {
                problems.put(w, new NotFoundException());
                continue;
            }
            Long basis = type.needsCertificate()
                    ? facts.certificateOfEnrolment(enrolment, classId, w).map(CertificateFact::id).orElse(null) : enrolment;
            if (basis == null) {
                problems.put(w, new DomainException("subsidy.rule.certificate.missing"));
                continue;
            }
            try {
                filed.add(self.file(caller, w, Request.of(type, basis), true));
            } catch (ClaimRefusedException e) {
                refused.put(w, e.refusals());
            } catch (DomainException e) {
                problems.put(w, e);
            }
        }
        return new ClassFiling(filed, refused, problems);
    }

    // ---- an assessment body files for a session ----------------------------------------------------------------

    /** A locked assessment session of the caller's body with its passed candidates and the claims filed. */
    public record SessionSummary(long id, String occupation, int level, LocalDate heldOn, long passed, long claims) {
    }

    /** The body's assessment sessions whose results are locked, latest first. */
    public List<SessionSummary> lockedSessions(Caller caller) {
        caller.require(Role.ASSESSOR);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, o.name_zh, s.level, s.held_on, "
                + "(SELECT COUNT(*) FROM candidate c WHERE c.session_id = s.id AND c.result = 'PASS'), "
                + "(SELECT COUNT(*) FROM subsidy_claim k JOIN candidate c ON c.id = k.candidate_id WHERE c.session_id = s.id) "
                + "FROM assessment_session s JOIN occupation o ON o.id = s.occupation_id "
                + "WHERE s.body_id = ? AND s.results_state = 'LOCKED' ORDER BY s.held_on DESC, s.id DESC")
                .setParameter(1, caller.organisationId()).setMaxResults(100).getResultList();
        return rows.stream().map(r -> new SessionSummary(SubsidyFacts.num(r[0]), (String) r[1], (int) SubsidyFacts.num(r[2]),
                SubsidyFacts.date(r[3]), SubsidyFacts.num(r[4]), SubsidyFacts.num(r[5]))).toList();
    }

    /** The session's passed candidates with their prospective assessment claims (paid to the caller's body). */
    @Transactional
    public List<ClassLine> sessionPreview(Caller caller, long sessionId) {
        caller.require(Role.ASSESSOR);
        List<ClassLine> out = new ArrayList<>();
        LocalDate today = today();
        for (Object[] r : passedCandidates(caller, sessionId)) {
            long worker = SubsidyFacts.num(r[1]);
            Long cert = SubsidyFacts.nullableNum(r[2]);
            Person person = facts.person(worker);
            ClaimRef existing = existingClaim(ClaimType.ASSESSMENT, "certificate_id", cert);
            if (cert == null) {
                out.add(new ClassLine(worker, person.name(), person.idMasked(), null, null,
                        new DomainException("subsidy.rule.certificate.missing"), null));
                continue;
            }
            try {
                out.add(new ClassLine(worker, person.name(), person.idMasked(), cert,
                        gather(caller, worker, Request.of(ClaimType.ASSESSMENT, cert), null, false, today), null, existing));
            } catch (DomainException e) {
                out.add(new ClassLine(worker, person.name(), person.idMasked(), cert, null, e, existing));
            }
        }
        return out;
    }

    /** Candidate id, worker and valid certificate of the session's passes; the session must be the caller's body's. */
    private List<Object[]> passedCandidates(Caller caller, long sessionId) {
        List<?> owner = em.createNativeQuery("SELECT body_id FROM assessment_session WHERE id = ?").setParameter(1, sessionId)
                .getResultList();
        if (owner.isEmpty() || !Objects.equals(caller.organisationId(), SubsidyFacts.num(owner.get(0)))) {
            throw new NotFoundException();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.worker_account_id, (SELECT k.id FROM certificate k "
                + "WHERE k.candidate_id = c.id AND k.state = 'VALID' ORDER BY k.id DESC LIMIT 1) FROM candidate c "
                + "WHERE c.session_id = ? AND c.result = 'PASS' ORDER BY c.id").setParameter(1, sessionId).getResultList();
        return rows;
    }

    /** Files and submits the chosen candidates' assessment claims, each in its own transaction. */
    public ClassFiling fileForSession(Caller caller, long sessionId, List<Long> workerAccountIds) {
        caller.require(Role.ASSESSOR);
        if (workerAccountIds == null || workerAccountIds.isEmpty()) {
            throw new FieldException("learners", "subsidy.batch.empty");
        }
        Map<Long, Long> certificates = new java.util.HashMap<>();
        for (Object[] r : self.candidatesOf(caller, sessionId)) {
            if (r[2] != null) {
                certificates.put(SubsidyFacts.num(r[1]), SubsidyFacts.num(r[2]));
            }
        }
        List<SubsidyClaim> filed = new ArrayList<>();
        Map<Long, List<Refusal>> refused = new java.util.LinkedHashMap<>();
        Map<Long, DomainException> problems = new java.util.LinkedHashMap<>();
        for (long w : workerAccountIds) {
            Long cert = certificates.get(w);
            if (cert == null) {
                problems.put(w, new DomainException("subsidy.rule.certificate.missing"));
                continue;
            }
            try {
                filed.add(self.file(caller, w, Request.of(ClaimType.ASSESSMENT, cert), true));
            } catch (ClaimRefusedException e) {
                refused.put(w, e.refusals());
            } catch (DomainException e) {
                problems.put(w, e);
            }
        }
        return new ClassFiling(filed, refused, problems);
    }

    /** {@link #passedCandidates} in a transaction of its own, for the filing loop. */
    @Transactional
    public List<Object[]> candidatesOf(Caller caller, long sessionId) {
        return passedCandidates(caller, sessionId);
    }

    // ---- evidence and agreements -------------------------------------------------------------------------

    public enum EvidenceKind { INVOICE, CONTRACT, AGREEMENT, WAGE_SLIP, OTHER }

    /** Adds an uploaded document to a claim while it is not decided yet (by whoever filed it). */
    @Transactional
    public SubsidyFiles.StoredFile attach(Caller caller, long claimId, EvidenceKind kind, String name, byte[] content) {
        SubsidyClaim c = em.find(SubsidyClaim.class, claimId);
        if (c == null || !mayFile(caller, c)) {
            throw new NotFoundException();
        }
        if (c.getState() != ClaimState.DRAFT && c.getState() != ClaimState.SUBMITTED && c.getState() != ClaimState.UNDER_REVIEW) {
            throw new DomainException("subsidy.evidence.closed");
        }
        if (kind == null) {
            throw new FieldException("kind", "subsidy.evidence.kind.required");
        }
        SubsidyFiles.StoredFile f = files.store(caller, "file", name, content);
        em.createNativeQuery("INSERT IGNORE INTO claim_evidence (claim_id, file_id, kind, added_at, added_by) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, claimId).setParameter(2, f.id()).setParameter(3, kind.name())
                .setParameter(4, java.sql.Timestamp.from(Instant.now())).setParameter(5, caller.username()).executeUpdate();
        audit.record(caller, "SUBSIDY_EVIDENCE_ADDED", ClaimChanges.ENTITY, claimId, ClaimChanges.scope(c), null, null,
                Map.of("kind", kind.name(), "sha256", f.sha256(), "size", f.size(), "name", f.name()));
        return f;
    }

    /**
     * Records learners' signed 代为申请 agreements with the caller's organisation: one uploaded file (it may
     * carry a whole class's signatures), stored with its hash, one agreement per learner. Only learners the
     * organisation trained, assessed or employs through an order can be named.
     */
    @Transactional
    public SubsidyFiles.StoredFile recordAgreements(Caller caller, List<Long> workerAccountIds, LocalDate signedOn, String name,
                                                    byte[] content) {
        caller.require(Role.INSTITUTION_STAFF, Role.ASSESSOR, Role.EMPLOYER);
        Long org = caller.organisationId();
        if (org == null) {
            throw new AccessDeniedException();
        }
        if (workerAccountIds == null || workerAccountIds.isEmpty()) {
            throw new FieldException("learners", "subsidy.agreement.learners.required");
        }
        if (signedOn == null || signedOn.isAfter(today())) {
            throw new FieldException("signedOn", "subsidy.agreement.signedOn");
        }
        for (long w : new HashSet<>(workerAccountIds)) {
            if (!related(org, w)) {
                throw new NotFoundException();
            }
        }
        SubsidyFiles.StoredFile f = files.store(caller, "file", name, content);
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        for (long w : new HashSet<>(workerAccountIds)) {
            em.createNativeQuery("INSERT INTO subsidy_agreement (worker_account_id, organisation_id, file_id, signed_on, recorded_at, "
                            + "recorded_by) VALUES (?, ?, ?, ?, ?, ?)").setParameter(1, w).setParameter(2, org).setParameter(3, f.id())
                    .setParameter(4, java.sql.Date.valueOf(signedOn)).setParameter(5, now).setParameter(6, caller.username())
                    .executeUpdate();
            audit.record(caller, "SUBSIDY_AGREEMENT_RECORDED", "SubsidyAgreement", w + ":" + org, new AuditLog.Scope(org, null),
                    null, null, Map.of("worker", w, "sha256", f.sha256(), "signedOn", signedOn.toString()));
        }
        return f;
    }

    /** The organisation trained the learner (a class of it), assessed them, or ordered their training. */
    private boolean related(long org, long worker) {
        return ((Number) em.createNativeQuery("""
                SELECT (SELECT COUNT(*) FROM enrolment e JOIN training_class tc ON tc.id = e.class_id
                         WHERE e.worker_account_id = ?1 AND tc.institution_id = ?2)
                     + (SELECT COUNT(*) FROM candidate c JOIN assessment_session s ON s.id = c.session_id
                         WHERE c.worker_account_id = ?1 AND s.body_id = ?2)
                     + (SELECT COUNT(*) FROM enrolment e JOIN training_class tc ON tc.id = e.class_id
                         JOIN training_order o ON o.id = tc.order_id WHERE e.worker_account_id = ?1 AND o.employer_id = ?2)""")
                .setParameter(1, worker).setParameter(2, org).getSingleResult()).longValue() > 0;
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** Whether the caller filed or may file for this claim's payee: the learner themself or the paid organisation. */
    static boolean mayFile(Caller caller, SubsidyClaim c) {
        if (c.getPayeeType() == PayeeType.LEARNER) {
            return caller.has(Role.WORKER) && Objects.equals(caller.accountId(), c.getWorkerAccountId());
        }
        return (caller.has(Role.INSTITUTION_STAFF) || caller.has(Role.ASSESSOR) || caller.has(Role.EMPLOYER))
                && Objects.equals(caller.organisationId(), c.getPayeeOrganisationId());
    }

    /** Who may read a claim: the learner, the organisation it concerns or pays, HR of its region, admins. */
    public static boolean mayRead(Caller caller, SubsidyClaim c) {
        if (caller.isAdmin()) {
            return true;
        }
        if (Objects.equals(caller.accountId(), c.getWorkerAccountId()) && caller.has(Role.WORKER)) {
            return true;
        }
        if (caller.has(Role.HR_OFFICER) && caller.regionPath() != null && c.getRegionPath().startsWith(caller.regionPath())) {
            return true;
        }
        return (caller.has(Role.INSTITUTION_STAFF) || caller.has(Role.ASSESSOR) || caller.has(Role.EMPLOYER))
                && caller.organisationId() != null
                && (caller.organisationId().equals(c.getOrganisationId()) || caller.organisationId().equals(c.getPayeeOrganisationId()));
    }

    public SubsidyClaim find(Caller caller, long claimId) {
        SubsidyClaim c = em.find(SubsidyClaim.class, claimId);
        if (c == null || !mayRead(caller, c)) {
            throw new NotFoundException();
        }
        return c;
    }

    static void requireVersion(SubsidyClaim c, long expected) {
        if (c.getVersion() != expected) {
            throw new DomainException("subsidy.claim.changed", c.reference());
        }
    }

    /** A basis the worker can claim for, for the "new claim" list. */
    public record Claimable(ClaimType type, long basisId, String title, String detail, LocalDate date) {
    }

    /** What the worker could claim now: their valid certificates (training, assessment) and completed classes. */
    public List<Claimable> claimable(Caller caller) {
        caller.require(Role.WORKER);
        List<Claimable> out = new ArrayList<>();
        for (CertificateFact c : facts.certificatesOf(caller.accountId())) {
            String title = c.occupationName() + (c.level() == null ? "" : " L" + c.level());
            out.add(new Claimable(ClaimType.TRAINING, c.id(), title, c.number(), c.issuedOn()));
            if (c.candidateId() != null && c.kind() != CertificateKind.TRAINING_COMPLETION) {
                out.add(new Claimable(ClaimType.ASSESSMENT, c.id(), title, c.number(), c.issuedOn()));
            }
        }
        for (TrainingFact t : facts.completedTrainingsOf(caller.accountId())) {
            out.add(new Claimable(ClaimType.LIVING_ALLOWANCE, t.enrolmentId(), t.className(), t.institutionName(), t.end()));
            if ("ENTERPRISE_POST".equals(t.deliveryMode())) {
                out.add(new Claimable(ClaimType.APPRENTICESHIP, t.enrolmentId(), t.className(), t.institutionName(), t.end()));
            }
        }
        return out;
    }

    /** The explanation and rule lines kept with a claim. */
    public static List<MessageLines.Line> explanation(SubsidyClaim c) {
        return MessageLines.fromJson(c.getAmountExplanation());
    }

    public static List<MessageLines.Line> ruleResults(SubsidyClaim c) {
        return MessageLines.fromJson(c.getRuleResults());
    }

    /** Amount explanation lines for a pay-for-results claim (from the scheme's breakdown). */
    static String explanationJson(List<Explanation> steps) {
        return MessageLines.toJson(MessageLines.explanation(steps));
    }

}
