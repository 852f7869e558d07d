package org.skillpass.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.skillpass.catalog.domain.ClassDetails;
import org.skillpass.catalog.domain.ClassSession;
import org.skillpass.catalog.domain.ClassState;
import org.skillpass.catalog.domain.Course;
import org.skillpass.catalog.domain.DeliveryMode;
import org.skillpass.catalog.domain.FilingRule;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.Region;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.application.RegionSettings;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classes (培训班): staff of the institution create, schedule, file and run them; HR officers see those
 * in their region; the public sees filed and running classes through {@link #search}. Seats are held
 * only on the row returned by {@link #lockForSeats} (SELECT … FOR UPDATE), which is what keeps
 * enrolments within capacity.
 */
@ApplicationScoped
public class ClassService {

    private static final Set<String> SORTABLE = Set.of("startDate", "name", "state");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    RegionSettings settings;

    @Inject
    Instance<Roster> roster;

    @Inject
    Instance<OrderLink> orders;

    @Inject
    jakarta.enterprise.event.Event<ClassCompleted> completed;

    Clock clock = Clock.systemDefaultZone();

    /** Public search criteria; every field optional. */
    public record Search(String occupation, String regionCode, DeliveryMode mode, Integer level, LocalDate startFrom) {
    }

    @Transactional
    public TrainingClass create(Caller caller, long courseId, ClassDetails details) {
        return create(caller, courseId, details, null);
    }

    /** Opens a class as DRAFT, optionally for an employer's order the institution accepted. */
    @Transactional
    public TrainingClass create(Caller caller, long courseId, ClassDetails details, Long orderId) {
        caller.require(Role.INSTITUTION_STAFF);
        Course course = em.find(Course.class, courseId);
        if (course == null || !course.getInstitutionId().equals(caller.organisationId())) {
            throw new FieldException("course", "class.course.unknown");
        }
        details.check();
        if (orderId != null) {
            orders.get().checkLinkable(caller, orderId, course);
        }
        Organisation institution = em.find(Organisation.class, course.getInstitutionId());
        TrainingClass c = new TrainingClass(course, institution.getRegionCode(), institution.getRegionPath(), details, orderId);
        em.persist(c);
        em.flush();
        audit.record(caller, "CLASS_CREATED", "TrainingClass", c.getId(), scope(c), null, null, snapshot(c));
        return c;
    }

    @Transactional
    public TrainingClass update(Caller caller, long classId, ClassDetails details) {
        TrainingClass c = own(caller, classId);
        details.check();
        Map<String, Object> before = snapshot(c);
        c.update(details);
        audit.record(caller, "CLASS_UPDATED", "TrainingClass", c.getId(), scope(c), null, before, snapshot(c));
        return c;
    }

    @Transactional
    public ClassSession addSession(Caller caller, long classId, LocalDateTime start, LocalDateTime end, String topic,
                                   ClassSession.Kind kind) {
        TrainingClass c = own(caller, classId);
        if (c.getState() != ClassState.DRAFT && c.getState() != ClassState.FILED) {
            throw new DomainException("class.notDraft");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new FieldException("sessionEnd", "session.times.invalid");
        }
        if (start.toLocalDate().isBefore(c.getStartDate()) || end.toLocalDate().isAfter(c.getEndDate())) {
            throw new FieldException("sessionStart", "session.outsideClass");
        }
        if (topic == null || topic.isBlank() || topic.length() > 255) {
            throw new FieldException("sessionTopic", "session.topic.required");
        }
        long overlapping = em.createQuery("select count(s) from ClassSession s where s.classId = :c "
                        + "and s.startsAt < :end and s.endsAt > :start", Long.class)
                .setParameter("c", classId).setParameter("start", start).setParameter("end", end).getSingleResult();
        if (overlapping > 0) {
            throw new FieldException("sessionStart", "session.overlap");
        }
        ClassSession s = new ClassSession(classId, start, end, topic, kind == null ? ClassSession.Kind.THEORY : kind);
        em.persist(s);
        em.flush();
        audit.record(caller, "SESSION_ADDED", "TrainingClass", c.getId(), scope(c), null, null,
                Map.of("session", s.getId(), "start", start.toString(), "end", end.toString(), "topic", s.getTopic()));
        return s;
    }

    public List<ClassSession> sessions(long classId) {
        return em.createQuery("select s from ClassSession s where s.classId = :c order by s.startsAt", ClassSession.class)
                .setParameter("c", classId).getResultList();
    }

    /** What still stops the class from being filed (message keys); empty when it can be filed. */
    public List<String> filingProblems(Caller caller, long classId) {
        TrainingClass c = find(caller, classId);
        return FilingRule.problems(c, roster.get().confirmedCount(classId), sessions(classId).size(),
                LocalDate.now(clock), leadDays(c), orderNeedsConfirmation(c));
    }

    /** 开班备案. Refused with every missing piece named when the filing rule is not met. */
    @Transactional
    public TrainingClass file(Caller caller, long classId) {
        TrainingClass c = own(caller, classId);
        List<String> problems = FilingRule.problems(c, roster.get().confirmedCount(classId), sessions(classId).size(),
                LocalDate.now(clock), leadDays(c), orderNeedsConfirmation(c));
        if (!problems.isEmpty()) {
            throw new FilingRefusedException(problems, leadDays(c));
        }
        return transition(caller, c, ClassState.FILED, "CLASS_FILED");
    }

    @Transactional
    public TrainingClass withdrawFiling(Caller caller, long classId) {
        TrainingClass c = own(caller, classId);
        if (!LocalDate.now(clock).isBefore(c.getStartDate())) {
            throw new DomainException("class.started");
        }
        return transition(caller, c, ClassState.DRAFT, "CLASS_FILING_WITHDRAWN");
    }

    @Transactional
    public TrainingClass start(Caller caller, long classId) {
        TrainingClass c = own(caller, classId);
        if (LocalDate.now(clock).isBefore(c.getStartDate())) {
            throw new DomainException("class.notYetStarted", c.getStartDate());
        }
        return transition(caller, c, ClassState.IN_TRAINING, "CLASS_STARTED");
    }

    @Transactional
    public TrainingClass complete(Caller caller, long classId) {
        TrainingClass c = own(caller, classId);
        if (LocalDate.now(clock).isBefore(c.getEndDate())) {
            throw new DomainException("class.notYetEnded", c.getEndDate());
        }
        transition(caller, c, ClassState.COMPLETED, "CLASS_COMPLETED");
        completed.fire(new ClassCompleted(caller, c.getId()));
        return c;
    }

    @Transactional
    public TrainingClass archive(Caller caller, long classId) {
        return transition(caller, own(caller, classId), ClassState.ARCHIVED, "CLASS_ARCHIVED");
    }

    private TrainingClass transition(Caller caller, TrainingClass c, ClassState next, String action) {
        Map<String, Object> before = snapshot(c);
        c.moveTo(next, Instant.now(clock));
        audit.record(caller, action, "TrainingClass", c.getId(), scope(c), null, before, snapshot(c));
        return c;
    }

    /** The ordering employer confirmed the class (called by the enrolment context's order service). */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingClass confirmForOrder(Caller caller, long classId) {
        TrainingClass c = em.find(TrainingClass.class, classId);
        if (c == null) {
            throw new NotFoundException();
        }
        Map<String, Object> before = snapshot(c);
        c.confirmForOrder(Instant.now(clock));
        audit.record(caller, "CLASS_ORDER_CONFIRMED", "TrainingClass", c.getId(), scope(c), null, before, snapshot(c));
        return c;
    }

    /** Classes opened for an order, oldest first. */
    public List<TrainingClass> classesOfOrder(long orderId) {
        return em.createQuery("select c from TrainingClass c where c.orderId = :o order by c.createdAt", TrainingClass.class)
                .setParameter("o", orderId).getResultList();
    }

    // --- seats, for the enrolment context (inside its transaction) --------------------------------

    /**
     * The class row, locked and read from the database in one statement (SELECT … FOR UPDATE, the entity
     * refreshed from the row, never from a cache), for seat changes. (A find with the lock followed by a
     * refresh with the lock read the row twice under the lock.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingClass lockForSeats(long classId) {
        List<TrainingClass> found = em.createQuery("select c from TrainingClass c where c.id = :id", TrainingClass.class)
                .setParameter("id", classId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    // --- reading ----------------------------------------------------------------------------------

    /** A class the caller's tenant covers (staff of its institution, HR officers of its region, admins). */
    public TrainingClass find(Caller caller, long classId) {
        TrainingClass c = em.find(TrainingClass.class, classId);
        if (c == null || !caller.covers(c.getInstitutionId(), c.getRegionPath())) {
            throw new NotFoundException();
        }
        return c;
    }

    /** A class as the public sees it: only filed or running ones. */
    public TrainingClass findPublic(long classId) {
        TrainingClass c = em.find(TrainingClass.class, classId);
        if (c == null || !c.getState().openForEnrolment()) {
            throw new NotFoundException();
        }
        return c;
    }

    /**
     * A class by id for showing beside an enrolment the caller already holds (callers check the
     * enrolment first); no tenant check of its own.
     */
    public TrainingClass enrolledClass(long classId) {
        TrainingClass c = em.find(TrainingClass.class, classId);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }

    /** Classes in the caller's scope. Filters: {@code name} (contains), {@code state}. */
    public Page<TrainingClass> page(Caller caller, PageRequest request) {
        caller.require(Role.INSTITUTION_STAFF, Role.HR_OFFICER, Role.ADMIN);
        String name = request.filter("name");
        String state = request.filter("state");
        return JpaPaging.page(em, TrainingClass.class, request, SORTABLE, "startDate", false, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            Predicate scope = JpaPaging.tenantScope(cb, caller, root.get("institutionId"), root.get("regionPath"));
            if (scope != null) {
                p.add(scope);
            }
            if (name != null) {
                p.add(JpaPaging.contains(cb, root.get("name"), name));
            }
            if (state != null) {
                p.add(JpaPaging.enumEquals(cb, root.get("state"), ClassState.class, state));
            }
            return p;
        });
    }

    /**
     * Public course search (no login): filed and running classes, by occupation (code or name),
     * region (and below), delivery mode, level and earliest start date; soonest first; paged in SQL.
     */
    public Page<TrainingClass> search(Search s, int offset, int size) {
        Region region = s.regionCode() == null || s.regionCode().isBlank() ? null : em.find(Region.class, s.regionCode());
        PageRequest request = new PageRequest(offset, size, null, true, Map.of());
        return JpaPaging.page(em, TrainingClass.class, request, Set.of(), "startDate", true, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(root.get("state").in(ClassState.visibleToPublic()));
            // the course only when a criterion needs it: an unconditional join made MariaDB start from the
            // course table and probe classes per course (the benchmark's browse count took ~1 s at 100,000 classes)
            boolean byCourse = (s.occupation() != null && !s.occupation().isBlank()) || s.mode() != null || s.level() != null;
            Join<TrainingClass, Course> course = byCourse ? root.join("course") : null;
            if (s.occupation() != null && !s.occupation().isBlank()) {
                Join<Course, Occupation> occ = course.join("occupation", JoinType.LEFT);
                String text = s.occupation().strip();
                p.add(cb.or(JpaPaging.contains(cb, occ.get("nameZh"), text), JpaPaging.contains(cb, occ.get("nameEn"), text),
                        cb.like(occ.get("code"), text.replace("%", "") + "%"), JpaPaging.contains(cb, course.get("title"), text)));
            }
            if (s.regionCode() != null && !s.regionCode().isBlank()) {
                p.add(region == null ? cb.disjunction()
                        : cb.like(root.get("regionPath"), RegionPath.likePattern(region.getPath()), '\\'));
            }
            if (s.mode() != null) {
                p.add(cb.equal(course.get("deliveryMode"), s.mode()));
            }
            if (s.level() != null) {
                p.add(cb.equal(course.get("level"), s.level()));
            }
            if (s.startFrom() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("startDate"), s.startFrom()));
            }
            return p;
        });
    }

    private TrainingClass own(Caller caller, long classId) {
        caller.require(Role.INSTITUTION_STAFF);
        TrainingClass c = em.find(TrainingClass.class, classId);
        if (c == null || !c.getInstitutionId().equals(caller.organisationId())) {
            throw new NotFoundException();
        }
        return c;
    }

    /** The filing lead time that applies to this class's region today. */
    public int leadDaysFor(TrainingClass c) {
        return leadDays(c);
    }

    boolean orderNeedsConfirmation(TrainingClass c) {
        return settings.intValue(c.getRegionPath(), RegionSettings.ORDER_CLASS_NEEDS_CONFIRMATION, 1,
                LocalDate.now(clock)) != 0;
    }

    int leadDays(TrainingClass c) {
        return settings.intValue(c.getRegionPath(), RegionSettings.FILING_LEAD_DAYS,
                RegionSettings.FILING_LEAD_DAYS_DEFAULT, LocalDate.now(clock));
    }

    public static AuditLog.Scope scope(TrainingClass c) {
        return new AuditLog.Scope(c.getInstitutionId(), c.getRegionPath());
    }

    static Map<String, Object> snapshot(TrainingClass c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.getName());
        m.put("state", c.getState());
        m.put("startDate", String.valueOf(c.getStartDate()));
        m.put("endDate", String.valueOf(c.getEndDate()));
        m.put("capacity", c.getCapacity());
        m.put("confirmed", c.getConfirmedCount());
        m.put("venue", c.getVenue());
        m.put("online", c.isOnline());
        m.put("order", c.getOrderId());
        m.put("orderConfirmedAt", c.getOrderConfirmedAt() == null ? null : c.getOrderConfirmedAt().toString());
        return m;
    }
}
