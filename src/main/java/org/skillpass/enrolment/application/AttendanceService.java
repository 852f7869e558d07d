package org.skillpass.enrolment.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.domain.ClassSession;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.enrolment.domain.AttendanceFlag;
import org.skillpass.enrolment.domain.CheckIn;
import org.skillpass.enrolment.domain.CheckInToken;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.enrolment.domain.EnrolmentState;
import org.skillpass.enrolment.domain.FraudRules;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Attendance: the rotating QR code staff show in class, workers' check-ins by scanning it, staff roll
 * calls, the hours that accrue, and the fraud flags raised on the way (never a refusal on their own).
 */
@ApplicationScoped
public class AttendanceService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    ClassService classes;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "skillpass.attendance.qr-key")
    String qrKey;

    @Inject
    @ConfigProperty(name = "skillpass.attendance.qr-window-seconds", defaultValue = "30")
    long windowSeconds;

    private CheckInToken tokens;
    private final ZoneId zone = ZoneId.systemDefault();

    /** The code to show now and how many seconds it stays valid before rotating. */
    public record QrCode(String token, long secondsLeft) {
    }

    /** What a check-in came to: the session, whether it was already recorded, the flags it raised. */
    public record Result(ClassSession session, TrainingClass trainingClass, boolean alreadyCheckedIn,
                         List<AttendanceFlag.Kind> flags) {
    }

    /** One learner on a session's roll call. */
    public record RollCallLine(Enrolment enrolment, Worker worker, CheckIn checkIn) {
        public boolean isPresent() {
            return checkIn != null;
        }
    }

    @PostConstruct
    void init() {
        tokens = new CheckInToken(Base64.getDecoder().decode(qrKey), windowSeconds);
    }

    /** Staff of the class's institution get the current code of one of its sessions. */
    public QrCode qrCode(Caller caller, long sessionId) {
        ClassSession s = session(sessionId);
        ownClass(caller, s.getClassId());
        Instant now = Instant.now();
        return new QrCode(tokens.issue(sessionId, now), tokens.secondsLeft(now));
    }

    /** A worker checks in with a scanned token. */
    @Transactional
    public Result checkIn(Caller caller, String token) {
        caller.require(Role.WORKER);
        Long sessionId = CheckInToken.sessionOf(token);
        if (sessionId == null) {
            throw new DomainException("checkin.token.malformed");
        }
        ClassSession s = em.find(ClassSession.class, sessionId);
        if (s == null) {
            throw new DomainException("checkin.token.malformed");
        }
        Instant now = Instant.now();
        CheckInToken.Problem problem = tokens.check(token, sessionId, now);
        if (problem != null) {
            throw new DomainException("checkin.token." + problem.name().toLowerCase());
        }
        // one class's check-ins are recorded one at a time, so the whole-class rules see every check-in
        TrainingClass c = classes.lockForSeats(s.getClassId());
        Enrolment e = confirmedEnrolment(c.getId(), caller.accountId());
        return record(caller, c, s, e, CheckIn.Method.QR, now);
    }

    /** Staff mark the learners present at a session (those already checked in are left as they are). */
    @Transactional
    public int rollCall(Caller caller, long sessionId, Collection<Long> presentEnrolmentIds) {
        ClassSession s = session(sessionId);
        ownClass(caller, s.getClassId());
        TrainingClass c = classes.lockForSeats(s.getClassId());
        int recorded = 0;
        Instant now = Instant.now();
        for (Long enrolmentId : presentEnrolmentIds) {
            Enrolment e = em.find(Enrolment.class, enrolmentId);
            if (e == null || !e.getClassId().equals(c.getId()) || e.getState() != EnrolmentState.CONFIRMED) {
                throw new NotFoundException();
            }
            if (!record(caller, c, s, e, CheckIn.Method.ROLL_CALL, now).alreadyCheckedIn()) {
                recorded++;
            }
        }
        audit.record(caller, "ROLL_CALL", "ClassSession", sessionId, ClassService.scope(c), null, null,
                java.util.Map.of("present", presentEnrolmentIds.size(), "recorded", recorded));
        return recorded;
    }

    private Result record(Caller caller, TrainingClass c, ClassSession s, Enrolment e, CheckIn.Method method, Instant now) {
        long existing = em.createQuery("select count(ci) from CheckIn ci where ci.sessionId = :s and ci.workerAccountId = :w",
                Long.class).setParameter("s", s.getId()).setParameter("w", e.getWorkerAccountId()).getSingleResult();
        if (existing > 0) {
            return new Result(s, c, true, List.of());
        }
        try {
            em.persist(new CheckIn(s.getId(), c.getId(), e.getId(), e.getWorkerAccountId(), method, now, caller.username()));
            em.flush();
        } catch (PersistenceException ex) {
            throw new DomainException("checkin.already");
        }
        return new Result(s, c, false, raiseFlags(c, s, e, now));
    }

    private List<AttendanceFlag.Kind> raiseFlags(TrainingClass c, ClassSession s, Enrolment e, Instant now) {
        List<AttendanceFlag.Kind> raised = new ArrayList<>();
        LocalDateTime at = LocalDateTime.ofInstant(now, zone);
        Long worker = e.getWorkerAccountId();
        if (FraudRules.outsideSession(at, s.getStartsAt(), s.getEndsAt())) {
            flag(raised, AttendanceFlag.Kind.OUTSIDE_SESSION, c, s.getId(), worker, at.toString());
        }
        List<ClassSession> others = em.createQuery("select o from ClassSession o, CheckIn ci where ci.sessionId = o.id "
                        + "and ci.workerAccountId = :w and o.classId <> :c and o.startsAt < :end and o.endsAt > :start",
                        ClassSession.class)
                .setParameter("w", worker).setParameter("c", c.getId())
                .setParameter("start", s.getStartsAt()).setParameter("end", s.getEndsAt()).getResultList();
        for (ClassSession o : others) {
            if (FraudRules.overlaps(s.getStartsAt(), s.getEndsAt(), o.getStartsAt(), o.getEndsAt())) {
                flag(raised, AttendanceFlag.Kind.OVERLAP, c, s.getId(), worker, "class " + o.getClassId() + " session " + o.getId());
                break;
            }
        }
        Worker w = em.find(Worker.class, worker);
        if (FraudRules.student(e.getLearnerStatus())) {
            flag(raised, AttendanceFlag.Kind.STUDENT, c, null, worker, null);
        }
        if (w != null && FraudRules.pensioner(e.getLearnerStatus(), w.getGender(), w.getBirthDate(), at.toLocalDate())) {
            flag(raised, AttendanceFlag.Kind.PENSIONER, c, null, worker, String.valueOf(w.getBirthDate()));
        }
        // only self check-ins count here: a roll call records the whole class at one moment by design
        // a locking read: the latest committed check-ins, whatever this transaction's snapshot saw
        List<Instant> times = em.createQuery("select ci from CheckIn ci where ci.sessionId = :s and ci.method = :m",
                        CheckIn.class)
                .setParameter("s", s.getId()).setParameter("m", CheckIn.Method.QR)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList()
                .stream().map(CheckIn::getCheckedInAt).toList();
        long learners = em.createQuery("select count(en) from Enrolment en where en.classId = :c and en.state = :st", Long.class)
                .setParameter("c", c.getId()).setParameter("st", EnrolmentState.CONFIRMED).getSingleResult();
        if (FraudRules.sameSecond(times, learners)) {
            flag(raised, AttendanceFlag.Kind.SAME_SECOND, c, s.getId(), null, times.size() + " learners");
        }
        return raised;
    }

    private void flag(List<AttendanceFlag.Kind> raised, AttendanceFlag.Kind kind, TrainingClass c, Long sessionId,
                      Long worker, String detail) {
        var q = em.createQuery("select count(f) from AttendanceFlag f where f.kind = :k and f.classId = :c and "
                + (sessionId == null ? "f.sessionId is null" : "f.sessionId = :s") + " and "
                + (worker == null ? "f.workerAccountId is null" : "f.workerAccountId = :w"), Long.class)
                .setParameter("k", kind).setParameter("c", c.getId());
        if (sessionId != null) {
            q.setParameter("s", sessionId);
        }
        if (worker != null) {
            q.setParameter("w", worker);
        }
        long exists = q.getSingleResult();
        if (exists == 0) {
            em.persist(new AttendanceFlag(kind, c.getId(), c.getInstitutionId(), c.getRegionPath(), sessionId, worker,
                    detail, Instant.now()));
            raised.add(kind);
        }
    }

    /** The session's roll call: every confirmed learner and whether they are checked in. */
    public List<RollCallLine> rollCallSheet(Caller caller, long sessionId) {
        ClassSession s = session(sessionId);
        TrainingClass c = classes.find(caller, s.getClassId());
        List<Enrolment> confirmed = em.createQuery("select e from Enrolment e where e.classId = :c and e.state = :st "
                + "order by e.appliedAt", Enrolment.class).setParameter("c", c.getId())
                .setParameter("st", EnrolmentState.CONFIRMED).getResultList();
        List<RollCallLine> lines = new ArrayList<>();
        for (Enrolment e : confirmed) {
            List<CheckIn> ci = em.createQuery("select ci from CheckIn ci where ci.sessionId = :s and ci.enrolmentId = :e",
                    CheckIn.class).setParameter("s", sessionId).setParameter("e", e.getId()).getResultList();
            lines.add(new RollCallLine(e, em.find(Worker.class, e.getWorkerAccountId()), ci.isEmpty() ? null : ci.get(0)));
        }
        return lines;
    }

    /** Hours a learner attended in a class: the length of every session they checked in to. */
    public double attendedHours(long enrolmentId) {
        List<ClassSession> attended = em.createQuery("select s from ClassSession s, CheckIn ci where ci.sessionId = s.id "
                + "and ci.enrolmentId = :e", ClassSession.class).setParameter("e", enrolmentId).getResultList();
        return attended.stream().mapToDouble(ClassSession::hours).sum();
    }

    /** Open flags in the caller's scope (institution staff their own, HR officers their region). Filter: {@code kind}. */
    public Page<AttendanceFlag> flags(Caller caller, PageRequest request) {
        caller.require(Role.INSTITUTION_STAFF, Role.HR_OFFICER, Role.ADMIN);
        String kind = request.filter("kind");
        return JpaPaging.page(em, AttendanceFlag.class, request, Set.of("createdAt", "kind"), "createdAt", false,
                (cb, root) -> {
                    List<Predicate> p = new ArrayList<>();
                    p.add(cb.isNull(root.get("resolvedAt")));
                    Predicate scope = JpaPaging.tenantScope(cb, caller, root.get("institutionId"), root.get("regionPath"));
                    if (scope != null) {
                        p.add(scope);
                    }
                    if (kind != null) {
                        p.add(JpaPaging.enumEquals(cb, root.get("kind"), AttendanceFlag.Kind.class, kind));
                    }
                    return p;
                });
    }

    /** An HR officer (or admin) closes a flag after review; audited. */
    @Transactional
    public void resolve(Caller caller, long flagId, String note) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        AttendanceFlag f = em.find(AttendanceFlag.class, flagId);
        if (f == null || !caller.covers(f.getInstitutionId(), f.getRegionPath())) {
            throw new NotFoundException();
        }
        f.resolve(caller.username(), Instant.now());
        audit.record(caller, "FLAG_RESOLVED", "AttendanceFlag", flagId,
                new AuditLog.Scope(f.getInstitutionId(), f.getRegionPath()), note, null, java.util.Map.of("kind", f.getKind()));
    }

    private ClassSession session(long sessionId) {
        ClassSession s = em.find(ClassSession.class, sessionId);
        if (s == null) {
            throw new NotFoundException();
        }
        return s;
    }

    private TrainingClass ownClass(Caller caller, long classId) {
        caller.require(Role.INSTITUTION_STAFF);
        TrainingClass c = classes.find(caller, classId);
        if (!c.getInstitutionId().equals(caller.organisationId())) {
            throw new NotFoundException();
        }
        return c;
    }

    private Enrolment confirmedEnrolment(long classId, long workerId) {
        List<Enrolment> e = em.createQuery("select e from Enrolment e where e.classId = :c and e.workerAccountId = :w "
                + "and e.state = :s", Enrolment.class).setParameter("c", classId).setParameter("w", workerId)
                .setParameter("s", EnrolmentState.CONFIRMED).getResultList();
        if (e.isEmpty()) {
            throw new DomainException("checkin.notEnrolled");
        }
        return e.get(0);
    }
}
