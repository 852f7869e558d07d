package org.skillpass.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.skillpass.assessment.domain.AssessmentMode;
import org.skillpass.assessment.domain.AssessmentSession;
import org.skillpass.assessment.domain.Candidate;
import org.skillpass.assessment.domain.PanelMember;
import org.skillpass.assessment.domain.PanelReview;
import org.skillpass.assessment.domain.PassRule;
import org.skillpass.assessment.domain.Score;
import org.skillpass.assessment.domain.StaffingRules;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.application.RegionSettings;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assessment sessions of an assessment body: the panel (checked against the region's staffing rules),
 * candidates (with retakes and carried-over parts), scores, submission, the lead's lock, and corrections
 * after lock (reason required, old and new values audited). A final pass raises {@link AssessmentPassed}.
 */
@ApplicationScoped
public class AssessmentService implements org.skillpass.enrolment.application.Certifications {

    public static final String PASS_MARK_THEORY = "assessment.pass-mark.theory";
    public static final String PASS_MARK_PRACTICAL = "assessment.pass-mark.practical";
    public static final String MAX_ATTEMPTS = "assessment.max-attempts";
    public static final int MAX_ATTEMPTS_DEFAULT = 3;

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    RegionSettings settings;

    @Inject
    Event<AssessmentPassed> passed;

    @Inject
    Event<AssessmentResultsFinal> resultsFinal;

    @Inject
    org.skillpass.catalog.application.CatalogService catalog;

    @Inject
    org.skillpass.shared.infrastructure.FieldCipher cipher;

    public record NewSession(Long occupationId, Integer level, AssessmentMode mode, String site, LocalDate heldOn,
                             Integer theoryRooms, BigDecimal fee) {
    }

    /** One member of a panel as assigned. */
    public record Seat(long accountId, PanelMember.Duty duty, Integer room, boolean lead) {
    }

    @Transactional
    public AssessmentSession create(Caller caller, NewSession form) {
        caller.require(Role.ASSESSOR);
        Organisation body = em.find(Organisation.class, caller.organisationId());
        Occupation occupation = catalog.offeredAt(form.occupationId(), form.level());
        if (form.mode() == null) {
            throw new FieldException("mode", "assessment.mode.required");
        }
        if (form.site() == null || form.site().isBlank()) {
            throw new FieldException("site", "assessment.site.required");
        }
        if (form.heldOn() == null) {
            throw new FieldException("heldOn", "assessment.date.required");
        }
        if (form.fee() == null || form.fee().signum() < 0 || form.fee().scale() > 2) {
            throw new FieldException("fee", "assessment.fee.invalid");
        }
        int rooms = form.theoryRooms() == null ? 1 : form.theoryRooms();
        if (rooms < 1 || rooms > 50) {
            throw new FieldException("theoryRooms", "assessment.rooms.invalid");
        }
        AssessmentSession s = new AssessmentSession(body.getId(), body.getRegionPath(), occupation, form.level(), form.mode(),
                form.site(), form.heldOn(), rooms, form.fee(), caller.accountId(), Instant.now());
        em.persist(s);
        em.flush();
        audit.record(caller, "ASSESSMENT_SESSION_CREATED", "AssessmentSession", s.getId(), scope(s), null, null, snapshot(s));
        return s;
    }

    /** Replaces the panel: assessors of the same body, exactly one lead. */
    @Transactional
    public void assignPanel(Caller caller, long sessionId, List<Seat> seats) {
        AssessmentSession s = ofMyBody(caller, sessionId);
        s.requireDraft();
        if (seats.stream().filter(Seat::lead).count() != 1) {
            throw new FieldException("panel", "panel.lead.one");
        }
        for (Seat seat : seats) {
            Account a = em.find(Account.class, seat.accountId());
            if (a == null || !a.hasRole(Role.ASSESSOR) || !s.getBodyId().equals(a.getOrganisationId())) {
                throw new FieldException("panel", "panel.notAssessorOfBody");
            }
            if (seat.duty() == PanelMember.Duty.INVIGILATOR
                    && (seat.room() == null || seat.room() < 1 || seat.room() > s.getTheoryRooms())) {
                throw new FieldException("panel", "panel.room.invalid", s.getTheoryRooms());
            }
        }
        em.createQuery("delete from PanelMember p where p.sessionId = :s").setParameter("s", sessionId).executeUpdate();
        for (Seat seat : seats) {
            em.persist(new PanelMember(sessionId, seat.accountId(), seat.duty(),
                    seat.duty() == PanelMember.Duty.INVIGILATOR ? seat.room() : null, seat.lead()));
        }
        em.flush();
        audit.record(caller, "PANEL_ASSIGNED", "AssessmentSession", sessionId, scope(s), null, null,
                Map.of("members", seats.size()));
    }

    public List<PanelMember> panel(long sessionId) {
        return em.createQuery("select p from PanelMember p where p.sessionId = :s order by p.duty, p.room, p.id",
                PanelMember.class).setParameter("s", sessionId).getResultList();
    }

    /** What the panel lacks under the region's staffing rules (message keys); empty when properly staffed. */
    public List<String> staffingProblems(Caller caller, long sessionId) {
        AssessmentSession s = find(caller, sessionId);
        List<PanelMember> panel = panel(sessionId);
        int[] perRoom = new int[s.getTheoryRooms()];
        int practical = 0;
        for (PanelMember p : panel) {
            if (p.getDuty() == PanelMember.Duty.PRACTICAL) {
                practical++;
            } else {
                perRoom[p.getRoom() - 1]++;
            }
        }
        return staffing(s).problems(candidates(sessionId).size(), practical, perRoom);
    }

    /** Registers a worker (found by mobile or ID number) as a candidate; a retake carries passed parts over. */
    @Transactional
    public Candidate addCandidate(Caller caller, long sessionId, long workerAccountId, Long enrolmentId) {
        AssessmentSession s = ofMyBody(caller, sessionId);
        s.requireDraft();
        if (em.find(Worker.class, workerAccountId) == null) {
            throw new FieldException("candidate", "roster.learner.unknown");
        }
        List<Candidate> earlier = em.createQuery("select c from Candidate c, AssessmentSession a where c.sessionId = a.id "
                        + "and c.workerAccountId = :w and a.occupation = :o and a.level = :l order by c.attempt desc", Candidate.class)
                .setParameter("w", workerAccountId).setParameter("o", s.getOccupation()).setParameter("l", s.getLevel())
                .getResultList();
        if (earlier.stream().anyMatch(c -> c.getSessionId().equals(sessionId))) {
            throw new FieldException("candidate", "candidate.already");
        }
        if (earlier.stream().anyMatch(c -> c.getResult() == Candidate.Result.PASS)) {
            throw new FieldException("candidate", "candidate.alreadyPassed");
        }
        int attempt = earlier.isEmpty() ? 1 : earlier.get(0).getAttempt() + 1;
        int maxAttempts = settings.intValue(s.getRegionPath(), MAX_ATTEMPTS, MAX_ATTEMPTS_DEFAULT, LocalDate.now());
        if (attempt > maxAttempts) {
            throw new FieldException("candidate", "candidate.tooManyAttempts", maxAttempts);
        }
        Candidate c = new Candidate(sessionId, workerAccountId, enrolmentId, attempt, s.getFee());
        if (!earlier.isEmpty()) {
            Candidate last = earlier.get(0);
            PassRule rule = passRule(s);
            if (rule.theoryPassed(last.getTheoryScore())) {
                c.carryTheory(last.getTheoryScore());
            }
            if (rule.practicalPassed(last.getPracticalScore())) {
                c.carryPractical(last.getPracticalScore());
            }
        }
        em.persist(c);
        em.flush();
        audit.record(caller, "CANDIDATE_ADDED", "Candidate", c.getId(), scope(s), null, null, candidateSnapshot(c));
        return c;
    }

    /** The assessors of the caller's body, for building a panel. */
    public List<Account> assessorsOfMyBody(Caller caller) {
        caller.require(Role.ASSESSOR);
        return em.createQuery("select a from Account a join a.roles r where a.organisationId = :b and r = :role "
                        + "and a.active = true order by a.displayName", Account.class)
                .setParameter("b", caller.organisationId()).setParameter("role", Role.ASSESSOR).getResultList();
    }

    /** The corrections made after lock, newest first, with their reasons (from the audit log). */
    public List<org.skillpass.identity.domain.AuditEntry> corrections(Caller caller, long sessionId) {
        find(caller, sessionId);
        List<String> ids = candidates(sessionId).stream().map(c -> String.valueOf(c.getId())).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from AuditEntry e where e.action = 'RESULT_CORRECTED' and e.entityType = 'Candidate' "
                + "and e.entityId in :ids order by e.at desc", org.skillpass.identity.domain.AuditEntry.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Candidate> candidates(long sessionId) {
        return em.createQuery("select c from Candidate c where c.sessionId = :s order by c.id", Candidate.class)
                .setParameter("s", sessionId).getResultList();
    }

    /** A panel member enters (or changes) a candidate's scores while results are a draft. */
    @Transactional
    public Candidate enterScores(Caller caller, long candidateId, String theory, String practical) {
        Candidate c = candidate(candidateId);
        AssessmentSession s = onMyPanel(caller, c.getSessionId());
        s.requireDraft();
        Map<String, Object> before = candidateSnapshot(c);
        c.score(Score.parse(theory, "theory"), Score.parse(practical, "practical"), passRule(s), s.getLevel());
        audit.record(caller, "SCORES_ENTERED", "Candidate", c.getId(), scope(s), null, before, candidateSnapshot(c));
        return c;
    }

    @Override
    public long certifiedAmong(java.util.Collection<Long> workerIds, long occupationId, int level) {
        return em.createQuery("select count(distinct c.workerAccountId) from Candidate c, AssessmentSession s "
                        + "where c.sessionId = s.id and s.occupation.id = :o and s.level = :l and s.resultsState = :locked "
                        + "and c.result = :pass and c.workerAccountId in :w", Long.class)
                .setParameter("o", occupationId).setParameter("l", level)
                .setParameter("locked", AssessmentSession.ResultsState.LOCKED).setParameter("pass", Candidate.Result.PASS)
                .setParameter("w", workerIds).getSingleResult();
    }

    /** The score sheet refused as a whole, with every problem. */
    public static class ScoreImportRefused extends DomainException {
        private final transient List<org.skillpass.assessment.infrastructure.ScoreSheet.Problem> problems;

        public ScoreImportRefused(List<org.skillpass.assessment.infrastructure.ScoreSheet.Problem> problems) {
            super("scores.import.failed", problems.size());
            this.problems = List.copyOf(problems);
        }

        public List<org.skillpass.assessment.infrastructure.ScoreSheet.Problem> problems() {
            return problems;
        }
    }

    /**
     * Imports a score sheet into a draft session, all or nothing: a row naming nobody of this session, a
     * score that is not 0–100 with one decimal, or a row given twice refuses the whole sheet.
     */
    @Transactional
    public int importScores(Caller caller, long sessionId, java.io.InputStream xlsx) {
        AssessmentSession s = onMyPanel(caller, sessionId);
        s.requireDraft();
        var sheet = org.skillpass.assessment.infrastructure.ScoreSheet.read(xlsx);
        if (!sheet.ok()) {
            throw new ScoreImportRefused(sheet.problems());
        }
        List<Candidate> all = candidates(sessionId);
        List<org.skillpass.assessment.infrastructure.ScoreSheet.Problem> problems = new ArrayList<>();
        List<Candidate> matched = new ArrayList<>();
        for (var line : sheet.lines()) {
            Candidate c = all.stream().filter(x -> matches(x, line.who())).findFirst().orElse(null);
            if (c == null) {
                problems.add(new org.skillpass.assessment.infrastructure.ScoreSheet.Problem(line.row(), "考生",
                        "scores.sheet.unknownCandidate"));
            }
            matched.add(c);
        }
        if (!problems.isEmpty()) {
            throw new ScoreImportRefused(problems);
        }
        PassRule rule = passRule(s);
        for (int i = 0; i < matched.size(); i++) {
            var line = sheet.lines().get(i);
            matched.get(i).score(line.theory(), line.practical(), rule, s.getLevel());
        }
        audit.record(caller, "SCORES_IMPORTED", "AssessmentSession", sessionId, scope(s), null, null,
                Map.of("rows", matched.size()));
        return matched.size();
    }

    private boolean matches(Candidate c, String who) {
        Worker w = em.find(Worker.class, c.getWorkerAccountId());
        if (w == null) {
            return false;
        }
        if (w.getPhone().equals(who)) {
            return true;
        }
        return org.skillpass.shared.domain.IdNumber.check(who) == null
                && w.getIdNumberHash().equals(cipher.blindIndex(org.skillpass.shared.domain.IdNumber.parse(who).value()));
    }

    /** Registers the learners who completed a class of this occupation and level as candidates (即时鉴定). */
    @Transactional
    public int addClassCandidates(Caller caller, long sessionId, long classId) {
        AssessmentSession s = ofMyBody(caller, sessionId);
        s.requireDraft();
        List<Object[]> rows = em.createQuery("select e.id, e.workerAccountId, c.course.occupation.id, c.course.level, c.state "
                        + "from Enrolment e, TrainingClass c where e.classId = c.id and c.id = :c and e.state = :st", Object[].class)
                .setParameter("c", classId).setParameter("st", org.skillpass.enrolment.domain.EnrolmentState.COMPLETED)
                .getResultList();
        int added = 0;
        for (Object[] r : rows) {
            if (!s.getOccupation().getId().equals(r[2]) || !Integer.valueOf(s.getLevel()).equals(r[3])) {
                throw new FieldException("class", "candidate.classMismatch");
            }
            long worker = (Long) r[1];
            boolean present = candidates(sessionId).stream().anyMatch(c -> c.getWorkerAccountId() == worker);
            if (!present) {
                addCandidate(caller, sessionId, worker, (Long) r[0]);
                added++;
            }
        }
        return added;
    }

    /** The lead records the panel review that levels 二级/一级 need. */
    @Transactional
    public Candidate recordPanelReview(Caller caller, long candidateId, boolean passedReview) {
        Candidate c = candidate(candidateId);
        AssessmentSession s = asLead(caller, c.getSessionId());
        s.requireDraft();
        if (!SkillLevel.of(s.getLevel()).needsPanelReview()) {
            throw new DomainException("review.notNeeded");
        }
        Map<String, Object> before = candidateSnapshot(c);
        c.review(passedReview ? PanelReview.PASSED : PanelReview.FAILED, passRule(s), s.getLevel());
        audit.record(caller, "PANEL_REVIEW_RECORDED", "Candidate", c.getId(), scope(s), null, before, candidateSnapshot(c));
        return c;
    }

    /** Submitted when the panel is properly staffed and every candidate has a result. */
    @Transactional
    public AssessmentSession submit(Caller caller, long sessionId) {
        AssessmentSession s = onMyPanel(caller, sessionId);
        List<String> staffing = staffingProblems(caller, sessionId);
        if (!staffing.isEmpty()) {
            throw new DomainException("assessment.understaffed", String.join(", ", staffing));
        }
        List<Candidate> all = candidates(sessionId);
        if (all.isEmpty() || all.stream().anyMatch(c -> c.getResult() == Candidate.Result.PENDING)) {
            throw new DomainException("assessment.incomplete");
        }
        s.submit(Instant.now());
        audit.record(caller, "RESULTS_SUBMITTED", "AssessmentSession", sessionId, scope(s), null, null,
                Map.of("candidates", all.size()));
        return s;
    }

    /** The lead locks submitted results; every pass becomes final and raises {@link AssessmentPassed}. */
    @Transactional
    public AssessmentSession lock(Caller caller, long sessionId) {
        AssessmentSession s = asLead(caller, sessionId);
        s.lock(caller.username(), Instant.now());
        List<Candidate> all = candidates(sessionId);
        audit.record(caller, "RESULTS_LOCKED", "AssessmentSession", sessionId, scope(s), null, null,
                Map.of("passed", all.stream().filter(c -> c.getResult() == Candidate.Result.PASS).count()));
        all.stream().filter(c -> c.getResult() == Candidate.Result.PASS).forEach(c -> passed.fire(event(s, c)));
        em.flush();
        resultsFinal.fire(new AssessmentResultsFinal(sessionId, null));
        return s;
    }

    /** After lock, the lead corrects a candidate's scores with a reason; old and new values are audited. */
    @Transactional
    public Candidate correct(Caller caller, long candidateId, String theory, String practical, String reason) {
        Candidate c = candidate(candidateId);
        AssessmentSession s = asLead(caller, c.getSessionId());
        if (s.getResultsState() != AssessmentSession.ResultsState.LOCKED) {
            throw new DomainException("correction.notLocked");
        }
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "correction.reason.required");
        }
        Map<String, Object> before = candidateSnapshot(c);
        Candidate.Result was = c.getResult();
        c.score(Score.parse(theory, "theory"), Score.parse(practical, "practical"), passRule(s), s.getLevel());
        audit.record(caller, "RESULT_CORRECTED", "Candidate", c.getId(), scope(s), reason.strip(), before, candidateSnapshot(c));
        if (was != Candidate.Result.PASS && c.getResult() == Candidate.Result.PASS) {
            passed.fire(event(s, c));
        }
        em.flush();
        resultsFinal.fire(new AssessmentResultsFinal(s.getId(), c.getId()));
        return c;
    }

    /**
     * Sessions the caller may see: an assessor only those they opened or whose panel they sit on, HR officers their
     * region's, admins all.
     */
    public Page<AssessmentSession> sessions(Caller caller, PageRequest request) {
        caller.require(Role.ASSESSOR, Role.HR_OFFICER, Role.ADMIN);
        List<Long> mine = caller.has(Role.ASSESSOR)
                ? em.createQuery("select distinct p.sessionId from PanelMember p where p.accountId = :a", Long.class)
                .setParameter("a", caller.accountId()).getResultList() : null;
        return JpaPaging.page(em, AssessmentSession.class, request, Set.of("heldOn"), "heldOn", false, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (mine != null) {
                Predicate created = cb.equal(root.get("createdBy"), caller.accountId());
                p.add(mine.isEmpty() ? created : cb.or(created, root.get("id").in(mine)));
            } else {
                Predicate scope = JpaPaging.tenantScope(cb, caller, root.get("bodyId"), root.get("regionPath"));
                if (scope != null) {
                    p.add(scope);
                }
            }
            return p;
        });
    }

    /** One session, if the caller may see it: its creator or a member of its panel, an HR officer of its region, an admin. */
    public AssessmentSession find(Caller caller, long sessionId) {
        AssessmentSession s = em.find(AssessmentSession.class, sessionId);
        if (s == null) {
            throw new NotFoundException();
        }
        boolean onPanel = caller.accountId() != null && (caller.accountId().equals(s.getCreatedBy())
                || panel(sessionId).stream().anyMatch(p -> p.getAccountId().equals(caller.accountId())));
        boolean overseer = (caller.has(Role.HR_OFFICER) || caller.isAdmin()) && caller.covers(s.getBodyId(), s.getRegionPath());
        if (!onPanel && !overseer) {
            throw new NotFoundException();
        }
        return s;
    }

    private Candidate candidate(long id) {
        Candidate c = em.find(Candidate.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }

    private AssessmentSession ofMyBody(Caller caller, long sessionId) {
        caller.require(Role.ASSESSOR);
        AssessmentSession s = em.find(AssessmentSession.class, sessionId);
        if (s == null || !s.getBodyId().equals(caller.organisationId())) {
            throw new NotFoundException();
        }
        return s;
    }

    private AssessmentSession onMyPanel(Caller caller, long sessionId) {
        AssessmentSession s = ofMyBody(caller, sessionId);
        if (panel(sessionId).stream().noneMatch(p -> p.getAccountId().equals(caller.accountId()))) {
            throw new NotFoundException();
        }
        return s;
    }

    private AssessmentSession asLead(Caller caller, long sessionId) {
        AssessmentSession s = ofMyBody(caller, sessionId);
        if (panel(sessionId).stream().noneMatch(p -> p.isLead() && p.getAccountId().equals(caller.accountId()))) {
            throw new DomainException("assessment.leadOnly");
        }
        return s;
    }

    PassRule passRule(AssessmentSession s) {
        LocalDate today = LocalDate.now();
        return new PassRule(
                BigDecimal.valueOf(settings.intValue(s.getRegionPath(), PASS_MARK_THEORY, 60, today)).setScale(1),
                BigDecimal.valueOf(settings.intValue(s.getRegionPath(), PASS_MARK_PRACTICAL, 60, today)).setScale(1));
    }

    StaffingRules staffing(AssessmentSession s) {
        LocalDate today = LocalDate.now();
        StaffingRules d = StaffingRules.DEFAULTS;
        return new StaffingRules(
                settings.intValue(s.getRegionPath(), "assessment.staffing.min-practical", d.minPracticalAssessors(), today),
                settings.intValue(s.getRegionPath(), "assessment.staffing.candidates-per-assessor", d.candidatesPerAssessor(), today),
                settings.intValue(s.getRegionPath(), "assessment.staffing.invigilators-per-room", d.minInvigilatorsPerRoom(), today),
                settings.intValue(s.getRegionPath(), "assessment.staffing.candidates-per-invigilator", d.candidatesPerInvigilator(), today));
    }

    private static AssessmentPassed event(AssessmentSession s, Candidate c) {
        return new AssessmentPassed(c.getId(), c.getWorkerAccountId(), s.getId(), s.getOccupation().getId(), s.getLevel(),
                s.getBodyId());
    }

    private static AuditLog.Scope scope(AssessmentSession s) {
        return new AuditLog.Scope(s.getBodyId(), s.getRegionPath());
    }

    static Map<String, Object> snapshot(AssessmentSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("occupation", s.getOccupation().getCode());
        m.put("level", s.getLevel());
        m.put("mode", s.getMode());
        m.put("site", s.getSite());
        m.put("heldOn", String.valueOf(s.getHeldOn()));
        m.put("fee", s.getFee());
        m.put("results", s.getResultsState());
        return m;
    }

    static Map<String, Object> candidateSnapshot(Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("worker", c.getWorkerAccountId());
        m.put("attempt", c.getAttempt());
        m.put("theory", c.getTheoryScore());
        m.put("practical", c.getPracticalScore());
        m.put("theoryCarried", c.isTheoryCarried());
        m.put("practicalCarried", c.isPracticalCarried());
        m.put("panelReview", c.getPanelReview());
        m.put("result", c.getResult());
        return m;
    }
}
