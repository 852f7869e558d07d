package org.skillpass.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.application.Roster;
import org.skillpass.catalog.domain.ClassState;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.enrolment.domain.EnrolmentState;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.domain.LearnerStatus;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.IdNumber;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.Text;
import org.skillpass.shared.infrastructure.FieldCipher;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enrolment: workers enrol themselves into filed or running classes; institution staff add learners
 * to their own classes' rosters (also while DRAFT, so a class can be filed with its roster).
 * Every decision about a seat happens under the class's row lock (ClassService.lockForSeats), so no
 * class ever has more CONFIRMED learners than seats, however many requests arrive at once. A
 * withdrawal frees the seat for the first learner on the waitlist, who is told.
 */
@ApplicationScoped
public class EnrolmentService implements Roster {

    private static final Set<String> SORTABLE = Set.of("appliedAt", "state");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    ClassService classes;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    FieldCipher cipher;

    /** A worker enrols themself. */
    @Transactional
    public Enrolment enrol(Caller caller, long classId, LearnerCategory category) {
        return enrol(caller, classId, category, LearnerStatus.UNSPECIFIED);
    }

    /** A worker enrols themself, declaring their current situation. */
    @Transactional
    public Enrolment enrol(Caller caller, long classId, LearnerCategory category, LearnerStatus status) {
        caller.require(Role.WORKER);
        TrainingClass c = classes.lockForSeats(classId);
        if (!c.getState().openForEnrolment()) {
            throw new DomainException("enrolment.classClosed");
        }
        return admit(caller, c, caller.accountId(), category, status, caller.username());
    }

    /** Staff add a registered worker, found by mobile number or resident ID number, to their class. */
    @Transactional
    public Enrolment addToRoster(Caller caller, long classId, String phoneOrIdNumber, LearnerCategory category) {
        return addToRoster(caller, classId, phoneOrIdNumber, category, LearnerStatus.UNSPECIFIED);
    }

    @Transactional
    public Enrolment addToRoster(Caller caller, long classId, String phoneOrIdNumber, LearnerCategory category,
                                 LearnerStatus status) {
        caller.require(Role.INSTITUTION_STAFF);
        TrainingClass c = classes.lockForSeats(classId);
        if (!c.getInstitutionId().equals(caller.organisationId())) {
            throw new NotFoundException();
        }
        if (c.getState() == ClassState.COMPLETED || c.getState() == ClassState.ARCHIVED) {
            throw new DomainException("enrolment.classClosed");
        }
        Worker worker = findWorker(phoneOrIdNumber);
        return admit(caller, c, worker.getAccountId(), category, status, caller.username());
    }

    /** What an import did: learners who got a seat and learners put on the waitlist. */
    public record ImportResult(int confirmed, int waitlisted) {
    }

    /**
     * Adds every learner of an uploaded xlsx roster to the class, or none: any problem in the file (format,
     * unknown learner, a mobile that is not the learner's, someone already enrolled) refuses the whole
     * upload with every problem listed by row.
     */
    @Transactional
    public ImportResult importRoster(Caller caller, long classId, java.io.InputStream xlsx) {
        caller.require(Role.INSTITUTION_STAFF);
        TrainingClass c = classes.lockForSeats(classId);
        if (!c.getInstitutionId().equals(caller.organisationId())) {
            throw new NotFoundException();
        }
        if (c.getState() == ClassState.COMPLETED || c.getState() == ClassState.ARCHIVED) {
            throw new DomainException("enrolment.classClosed");
        }
        org.skillpass.enrolment.infrastructure.RosterSheet.Result sheet =
                org.skillpass.enrolment.infrastructure.RosterSheet.read(xlsx);
        if (!sheet.ok()) {
            throw new RosterImportException(sheet.errors());
        }
        // Every learner of the file in a few queries, and one flush for all admissions: per-row queries and
        // flushes over a persistence context growing by the row made a 2,000-row import quadratic (the
        // benchmark: 24-53 s a file, mostly EclipseLink computing change sets).
        List<String> hashes = sheet.rows().stream().map(r -> cipher.blindIndex(r.idNumber())).toList();
        Map<String, Worker> byHash = new java.util.HashMap<>();
        for (List<String> chunk : chunks(hashes)) {
            em.createQuery("select w from Worker w where w.idNumberHash in :h", Worker.class).setParameter("h", chunk)
                    .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList()
                    .forEach(w -> byHash.put(w.getIdNumberHash(), w));
        }
        Map<Long, Enrolment> existing = new java.util.HashMap<>();
        for (List<Long> chunk : chunks(byHash.values().stream().map(Worker::getAccountId).toList())) {
            em.createQuery("select e from Enrolment e where e.classId = :c and e.workerAccountId in :w", Enrolment.class)
                    .setParameter("c", classId).setParameter("w", chunk)
                    .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList()
                    .forEach(e -> existing.put(e.getWorkerAccountId(), e));
        }
        List<org.skillpass.enrolment.infrastructure.RosterSheet.RowError> errors = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            var row = sheet.rows().get(i);
            Worker w = byHash.get(hashes.get(i));
            if (w == null) {
                errors.add(new org.skillpass.enrolment.infrastructure.RosterSheet.RowError(row.row(), "身份证号",
                        "roster.learner.unknown"));
                continue;
            }
            if (!w.getPhone().equals(row.phone())) {
                errors.add(new org.skillpass.enrolment.infrastructure.RosterSheet.RowError(row.row(), "手机号",
                        "roster.sheet.phoneMismatch"));
            }
            if (!w.getRealName().equals(row.realName().strip())) {
                errors.add(new org.skillpass.enrolment.infrastructure.RosterSheet.RowError(row.row(), "姓名",
                        "roster.sheet.nameMismatch"));
            }
            Enrolment before = existing.get(w.getAccountId());
            if (before != null && (before.getState().active() || before.getState() == EnrolmentState.COMPLETED)) {
                errors.add(new org.skillpass.enrolment.infrastructure.RosterSheet.RowError(row.row(), "身份证号",
                        "enrolment.already"));
            }
            workers.add(w);
        }
        if (!errors.isEmpty()) {
            throw new RosterImportException(errors);
        }
        Instant now = Instant.now();
        List<Enrolment> admitted = new ArrayList<>(workers.size());
        for (int i = 0; i < workers.size(); i++) {
            long workerId = workers.get(i).getAccountId();
            admitted.add(decide(c, workerId, sheet.rows().get(i).category(), LearnerStatus.UNSPECIFIED, caller.username(),
                    existing.get(workerId), now));
        }
        em.flush();
        int confirmed = 0;
        for (Enrolment e : admitted) {
            recordAdmission(caller, c, e);
            if (e.getState() == EnrolmentState.CONFIRMED) {
                confirmed++;
            }
        }
        audit.record(caller, "ROSTER_IMPORTED", "TrainingClass", c.getId(), ClassService.scope(c), null, null,
                Map.of("rows", workers.size(), "confirmed", confirmed));
        return new ImportResult(confirmed, workers.size() - confirmed);
    }

    /** Finds a registered worker by mobile number or resident ID number. */
    public Worker findWorker(String phoneOrIdNumber) {
        String key = Text.trimToNull(phoneOrIdNumber);
        if (key == null) {
            throw new FieldException("learner", "roster.learner.required");
        }
        List<Worker> found;
        if (Text.isMobile(key)) {
            found = em.createQuery("select w from Worker w where w.phone = :p", Worker.class)
                    .setParameter("p", key).getResultList();
        } else if (IdNumber.check(key) == null) {
            found = em.createQuery("select w from Worker w where w.idNumberHash = :h", Worker.class)
                    .setParameter("h", cipher.blindIndex(IdNumber.parse(key).value())).getResultList();
        } else {
            throw new FieldException("learner", "roster.learner.invalid");
        }
        if (found.isEmpty()) {
            throw new FieldException("learner", "roster.learner.unknown");
        }
        return found.get(0);
    }

    /** Called with the class row locked: one decision per learner, seat or waitlist. */
    private Enrolment admit(Caller caller, TrainingClass c, long workerId, LearnerCategory category, LearnerStatus status,
                            String by) {
        List<Enrolment> existing = em.createQuery("select e from Enrolment e where e.classId = :c and e.workerAccountId = :w",
                Enrolment.class).setParameter("c", c.getId()).setParameter("w", workerId).getResultList();
        Enrolment e = decide(c, workerId, category, status, by, existing.isEmpty() ? null : existing.get(0), Instant.now());
        em.flush();
        recordAdmission(caller, c, e);
        return e;
    }

    /** Seat or waitlist for one learner (the class row locked); {@code existing} is their earlier enrolment, if any. */
    private Enrolment decide(TrainingClass c, long workerId, LearnerCategory category, LearnerStatus status, String by,
                             Enrolment existing, Instant now) {
        if (category == null) {
            throw new FieldException("category", "enrolment.category.required");
        }
        Enrolment e;
        if (existing == null) {
            e = new Enrolment(c.getId(), workerId, category, by, now);
            em.persist(e);
        } else {
            e = existing;
            e.renew(category, by, now);
        }
        e.declareStatus(status);
        if (c.reserveSeat()) {
            e.confirm(now);
        } else {
            e.waitlist();
        }
        return e;
    }

    /** The audit entry of an admission (after the flush that gave the enrolment its id). */
    private void recordAdmission(Caller caller, TrainingClass c, Enrolment e) {
        audit.record(caller, e.getState() == EnrolmentState.CONFIRMED ? "ENROLMENT_CONFIRMED" : "ENROLMENT_WAITLISTED",
                "Enrolment", e.getId(), ClassService.scope(c), null, null, snapshot(e));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }

    /** The learner or the class's staff withdraw an enrolment; a freed seat goes to the waitlist's first. */
    @Transactional
    public Enrolment withdraw(Caller caller, long enrolmentId) {
        Enrolment found = em.find(Enrolment.class, enrolmentId);
        if (found == null) {
            throw new NotFoundException();
        }
        TrainingClass c = classes.lockForSeats(found.getClassId());
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        em.refresh(e);
        boolean own = caller.has(Role.WORKER) && e.getWorkerAccountId().equals(caller.accountId());
        boolean staff = caller.has(Role.INSTITUTION_STAFF) && c.getInstitutionId().equals(caller.organisationId());
        if (!own && !staff) {
            throw new NotFoundException();
        }
        Map<String, Object> before = snapshot(e);
        boolean freed = e.withdraw(Instant.now());
        audit.record(caller, "ENROLMENT_WITHDRAWN", "Enrolment", e.getId(), ClassService.scope(c), null, before, snapshot(e));
        if (freed) {
            c.releaseSeat();
            promoteFirstWaitlisted(caller, c);
        }
        return e;
    }

    private void promoteFirstWaitlisted(Caller caller, TrainingClass c) {
        List<Enrolment> queue = em.createQuery("select e from Enrolment e where e.classId = :c and e.state = :s "
                        + "order by e.appliedAt, e.id", Enrolment.class)
                .setParameter("c", c.getId()).setParameter("s", EnrolmentState.WAITLISTED).setMaxResults(1).getResultList();
        if (queue.isEmpty() || !c.reserveSeat()) {
            return;
        }
        Enrolment next = queue.get(0);
        Map<String, Object> before = snapshot(next);
        next.confirm(Instant.now());
        audit.record(caller, "ENROLMENT_PROMOTED", "Enrolment", next.getId(), ClassService.scope(c), null, before,
                snapshot(next));
        notifications.notify(next.getWorkerAccountId(), "notify.promoted", c.getName(), String.valueOf(c.getStartDate()));
    }

    /** When a class completes, so do its learners (in the same transaction). */
    void onClassCompleted(@jakarta.enterprise.event.Observes org.skillpass.catalog.application.ClassCompleted event) {
        Instant now = Instant.now();
        List<Enrolment> all = em.createQuery("select e from Enrolment e where e.classId = :c", Enrolment.class)
                .setParameter("c", event.classId()).getResultList();
        int completed = 0;
        for (Enrolment e : all) {
            e.classCompleted(now);
            if (e.getState() == EnrolmentState.COMPLETED) {
                completed++;
            }
        }
        TrainingClass c = classes.enrolledClass(event.classId());
        audit.record(event.caller(), "ENROLMENTS_COMPLETED", "TrainingClass", c.getId(), ClassService.scope(c), null, null,
                Map.of("completed", completed));
    }

    @Override
    public long confirmedCount(long classId) {
        return em.createQuery("select count(e) from Enrolment e where e.classId = :c and e.state = :s", Long.class)
                .setParameter("c", classId).setParameter("s", EnrolmentState.CONFIRMED).getSingleResult();
    }

    /** The caller's own enrolments, newest first. */
    public Page<Enrolment> mine(Caller caller, PageRequest request) {
        caller.require(Role.WORKER);
        return JpaPaging.page(em, Enrolment.class, request, SORTABLE, "appliedAt", false,
                (cb, root) -> List.of(cb.equal(root.get("workerAccountId"), caller.accountId())));
    }

    /** A class's roster, for staff of its institution and HR officers of its region. Filter: {@code state}. */
    public Page<Enrolment> roster(Caller caller, long classId, PageRequest request) {
        caller.require(Role.INSTITUTION_STAFF, Role.HR_OFFICER, Role.ADMIN);
        classes.find(caller, classId);
        String state = request.filter("state");
        return JpaPaging.page(em, Enrolment.class, request, SORTABLE, "appliedAt", true, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.equal(root.get("classId"), classId));
            if (state != null) {
                p.add(JpaPaging.enumEquals(cb, root.get("state"), EnrolmentState.class, state));
            }
            return p;
        });
    }

    /** A registered worker by account (name and masked ID for lists; callers scope the list itself). */
    public Worker workerById(long accountId) {
        return em.find(Worker.class, accountId);
    }

    /** The worker's name and masked ID, for rosters (staff never see the full number). */
    public Worker learner(Caller caller, Enrolment e) {
        if (!caller.isAuthenticated()) {
            throw new AccessDeniedException();
        }
        return em.find(Worker.class, e.getWorkerAccountId());
    }

    static Map<String, Object> snapshot(Enrolment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", e.getClassId());
        m.put("worker", e.getWorkerAccountId());
        m.put("state", e.getState());
        m.put("category", e.getCategory());
        m.put("status", e.getLearnerStatus());
        m.put("addedBy", e.getAddedBy());
        return m;
    }
}
