package org.skillpass.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.application.OrderLink;
import org.skillpass.catalog.domain.ClassState;
import org.skillpass.catalog.domain.Course;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.enrolment.domain.EnrolmentState;
import org.skillpass.enrolment.domain.HireDecision;
import org.skillpass.enrolment.domain.TrainingOrder;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.domain.Text;
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
 * Employer training orders (订单式培训): employers place and cancel them and decide on hires;
 * institutions of the order's city see open orders, accept one and open classes for it; HR officers
 * see those of their region.
 */
@ApplicationScoped
public class OrderService implements OrderLink {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    ClassService classes;

    @Inject
    org.skillpass.catalog.application.CatalogService catalog;

    @Inject
    jakarta.enterprise.inject.Instance<Certifications> certifications;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<HireDecided> hireDecided;

    public record NewOrder(Long occupationId, Integer level, Integer headcount, BigDecimal wageOffered,
                           String skillRequirements, LocalDate deadline, String hiringCommitment) {
    }

    /** Ordered, filled (seat holders), trained (completed), certified (final pass) and hired, for one order. */
    public record Progress(int ordered, long filled, long trained, long certified, long hired) {
    }

    /** A trainee of the order with the employer's decision, if any. */
    public record Trainee(Enrolment enrolment, Worker worker, TrainingClass trainingClass, HireDecision decision) {
    }

    @Transactional
    public TrainingOrder place(Caller caller, NewOrder form) {
        caller.require(Role.EMPLOYER);
        Organisation employer = em.find(Organisation.class, caller.organisationId());
        Occupation occupation = catalog.offeredAt(form.occupationId(), form.level());
        if (form.headcount() == null || form.headcount() < 1 || form.headcount() > 10000) {
            throw new FieldException("headcount", "order.headcount.invalid");
        }
        if (form.wageOffered() == null || form.wageOffered().signum() <= 0 || form.wageOffered().scale() > 2) {
            throw new FieldException("wageOffered", "order.wage.invalid");
        }
        if (Text.trimToNull(form.skillRequirements()) == null || form.skillRequirements().length() > 2000) {
            throw new FieldException("skillRequirements", "order.requirements.required");
        }
        if (form.deadline() == null || form.deadline().isBefore(LocalDate.now())) {
            throw new FieldException("deadline", "order.deadline.past");
        }
        if (Text.trimToNull(form.hiringCommitment()) == null || form.hiringCommitment().length() > 500) {
            throw new FieldException("hiringCommitment", "order.commitment.required");
        }
        TrainingOrder order = new TrainingOrder(employer.getId(), employer.getRegionCode(), employer.getRegionPath(),
                occupation, form.level(), form.headcount(), form.wageOffered(), form.skillRequirements(), form.deadline(),
                form.hiringCommitment(), Instant.now());
        em.persist(order);
        em.flush();
        audit.record(caller, "ORDER_PLACED", "TrainingOrder", order.getId(), scope(order), null, null, snapshot(order));
        return order;
    }

    @Transactional
    public TrainingOrder cancel(Caller caller, long orderId) {
        TrainingOrder order = ownAsEmployer(caller, orderId);
        Map<String, Object> before = snapshot(order);
        order.cancel();
        audit.record(caller, "ORDER_CANCELLED", "TrainingOrder", orderId, scope(order), null, before, snapshot(order));
        return order;
    }

    /** An institution of the order's city takes it on; the first to accept gets it. */
    @Transactional
    public TrainingOrder accept(Caller caller, long orderId) {
        caller.require(Role.INSTITUTION_STAFF);
        TrainingOrder order = em.find(TrainingOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !sameCity(caller, order)) {
            throw new NotFoundException();
        }
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> before = snapshot(order);
        order.accept(caller.organisationId(), Instant.now());
        audit.record(caller, "ORDER_ACCEPTED", "TrainingOrder", orderId, scope(order), null, before, snapshot(order));
        return order;
    }

    @Override
    public void checkLinkable(Caller caller, long orderId, Course course) {
        TrainingOrder order = em.find(TrainingOrder.class, orderId);
        if (order == null || order.getState() != TrainingOrder.State.ACCEPTED
                || !order.getInstitutionId().equals(caller.organisationId())) {
            throw new FieldException("order", "order.notAcceptedByYou");
        }
        if (course.getOccupation() == null || !course.getOccupation().getId().equals(order.getOccupation().getId())
                || course.getLevel() == null || course.getLevel() != order.getLevel()) {
            throw new FieldException("course", "order.courseMismatch");
        }
    }

    /** The employer confirms a class the institution opened for its order, so it can be filed. */
    @Transactional
    public TrainingClass confirmClass(Caller caller, long classId) {
        caller.require(Role.EMPLOYER);
        TrainingClass c = classes.enrolledClass(classId);
        if (c.getOrderId() == null) {
            throw new NotFoundException();
        }
        ownAsEmployer(caller, c.getOrderId());
        return classes.confirmForOrder(caller, classId);
    }

    /** After training, the employer decides per trainee: hired from a date, or not hired for a reason. */
    @Transactional
    public HireDecision decideHire(Caller caller, long orderId, long enrolmentId, boolean hired, LocalDate startDate,
                                   String reason) {
        TrainingOrder order = ownAsEmployer(caller, orderId);
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null) {
            throw new NotFoundException();
        }
        TrainingClass c = classes.enrolledClass(e.getClassId());
        if (!Long.valueOf(orderId).equals(c.getOrderId())) {
            throw new NotFoundException();
        }
        if (c.getState() != ClassState.COMPLETED && c.getState() != ClassState.ARCHIVED) {
            throw new DomainException("hire.notTrainedYet");
        }
        if (e.getState() != EnrolmentState.COMPLETED) {
            throw new DomainException("hire.notATrainee");
        }
        List<HireDecision> existing = em.createQuery("select h from HireDecision h where h.enrolmentId = :e", HireDecision.class)
                .setParameter("e", enrolmentId).getResultList();
        HireDecision d = existing.isEmpty() ? new HireDecision(orderId, enrolmentId, e.getWorkerAccountId()) : existing.get(0);
        Map<String, Object> before = existing.isEmpty() ? null : decisionSnapshot(d);
        d.decide(hired, startDate, reason, caller.username(), Instant.now());
        if (existing.isEmpty()) {
            em.persist(d);
        }
        em.flush();
        audit.record(caller, "HIRE_DECIDED", "HireDecision", d.getId(), scope(order), null, before, decisionSnapshot(d));
        hireDecided.fire(new HireDecided(orderId, enrolmentId));
        return d;
    }

    public Progress progress(Caller caller, long orderId) {
        TrainingOrder order = find(caller, orderId);
        long filled = countEnrolments(orderId, Set.of(EnrolmentState.CONFIRMED, EnrolmentState.COMPLETED));
        long trained = countEnrolments(orderId, Set.of(EnrolmentState.COMPLETED));
        long hired = em.createQuery("select count(h) from HireDecision h where h.orderId = :o and h.hired = true", Long.class)
                .setParameter("o", orderId).getSingleResult();
        List<Long> trainees = em.createQuery("select e.workerAccountId from Enrolment e, TrainingClass c where e.classId = c.id "
                + "and c.orderId = :o and e.state = :s", Long.class).setParameter("o", orderId)
                .setParameter("s", EnrolmentState.COMPLETED).getResultList();
        long certified = trainees.isEmpty() || certifications.isUnsatisfied() ? 0
                : certifications.get().certifiedAmong(trainees, order.getOccupation().getId(), order.getLevel());
        return new Progress(order.getHeadcount(), filled, trained, certified, hired);
    }

    private long countEnrolments(long orderId, Set<EnrolmentState> states) {
        return em.createQuery("select count(e) from Enrolment e, TrainingClass c where e.classId = c.id "
                + "and c.orderId = :o and e.state in :s", Long.class)
                .setParameter("o", orderId).setParameter("s", states).getSingleResult();
    }

    /** Trainees of the order's classes (seat holders and those who completed). */
    public List<Trainee> trainees(Caller caller, long orderId) {
        find(caller, orderId);
        List<Trainee> result = new ArrayList<>();
        for (TrainingClass c : classes.classesOfOrder(orderId)) {
            List<Enrolment> es = em.createQuery("select e from Enrolment e where e.classId = :c and e.state in :s "
                    + "order by e.appliedAt", Enrolment.class).setParameter("c", c.getId())
                    .setParameter("s", Set.of(EnrolmentState.CONFIRMED, EnrolmentState.COMPLETED)).getResultList();
            for (Enrolment e : es) {
                List<HireDecision> d = em.createQuery("select h from HireDecision h where h.enrolmentId = :e", HireDecision.class)
                        .setParameter("e", e.getId()).getResultList();
                result.add(new Trainee(e, em.find(Worker.class, e.getWorkerAccountId()), c, d.isEmpty() ? null : d.get(0)));
            }
        }
        return result;
    }

    public List<TrainingClass> classesOf(Caller caller, long orderId) {
        find(caller, orderId);
        return classes.classesOfOrder(orderId);
    }

    /**
     * An order the caller may see: the employer's own, the accepting institution's, an open order of an
     * institution's city, and those of an HR officer's region.
     */
    public TrainingOrder find(Caller caller, long orderId) {
        TrainingOrder o = em.find(TrainingOrder.class, orderId);
        if (o == null || !canSee(caller, o)) {
            throw new NotFoundException();
        }
        return o;
    }

    private boolean canSee(Caller caller, TrainingOrder o) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.has(Role.EMPLOYER) && o.getEmployerId().equals(caller.organisationId())) {
            return true;
        }
        if (caller.has(Role.INSTITUTION_STAFF) && (caller.organisationId().equals(o.getInstitutionId())
                || (o.getState() == TrainingOrder.State.OPEN && sameCity(caller, o)))) {
            return true;
        }
        return caller.has(Role.HR_OFFICER) && RegionPath.covers(caller.regionPath(), o.getRegionPath());
    }

    /**
     * Orders for the caller: an employer's own, an institution's accepted ones (filter {@code open=true}
     * for the open orders of its city instead), an HR officer's region, everything for admins.
     */
    public Page<TrainingOrder> page(Caller caller, PageRequest request) {
        caller.require(Role.EMPLOYER, Role.INSTITUTION_STAFF, Role.HR_OFFICER, Role.ADMIN);
        boolean open = "true".equals(request.filter("open"));
        return JpaPaging.page(em, TrainingOrder.class, request, Set.of("createdAt", "deadline"), "createdAt", false,
                (cb, root) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (caller.has(Role.EMPLOYER)) {
                        p.add(cb.equal(root.get("employerId"), caller.organisationId()));
                    } else if (caller.has(Role.INSTITUTION_STAFF)) {
                        if (open) {
                            p.add(cb.equal(root.get("state"), TrainingOrder.State.OPEN));
                            p.add(cb.like(root.get("regionPath"), RegionPath.likePattern(RegionPath.city(caller.regionPath())), '\\'));
                        } else {
                            p.add(cb.equal(root.get("institutionId"), caller.organisationId()));
                        }
                    } else if (caller.has(Role.HR_OFFICER)) {
                        p.add(cb.like(root.get("regionPath"), RegionPath.likePattern(caller.regionPath()), '\\'));
                    }
                    return p;
                });
    }

    /** Accepted orders of the caller's institution, for linking a new class. */
    public List<TrainingOrder> acceptedByMe(Caller caller) {
        caller.require(Role.INSTITUTION_STAFF);
        return em.createQuery("select o from TrainingOrder o where o.institutionId = :i and o.state = :s order by o.createdAt desc",
                TrainingOrder.class).setParameter("i", caller.organisationId())
                .setParameter("s", TrainingOrder.State.ACCEPTED).getResultList();
    }

    private TrainingOrder ownAsEmployer(Caller caller, long orderId) {
        caller.require(Role.EMPLOYER);
        TrainingOrder o = em.find(TrainingOrder.class, orderId);
        if (o == null || !o.getEmployerId().equals(caller.organisationId())) {
            throw new NotFoundException();
        }
        return o;
    }

    private static boolean sameCity(Caller caller, TrainingOrder o) {
        return caller.regionPath() != null && RegionPath.city(caller.regionPath()).equals(RegionPath.city(o.getRegionPath()));
    }

    private static AuditLog.Scope scope(TrainingOrder o) {
        return new AuditLog.Scope(o.getEmployerId(), o.getRegionPath());
    }

    static Map<String, Object> snapshot(TrainingOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("occupation", o.getOccupation().getCode());
        m.put("level", o.getLevel());
        m.put("headcount", o.getHeadcount());
        m.put("wage", o.getWageOffered());
        m.put("deadline", String.valueOf(o.getDeadline()));
        m.put("state", o.getState());
        m.put("institution", o.getInstitutionId());
        return m;
    }

    static Map<String, Object> decisionSnapshot(HireDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enrolment", d.getEnrolmentId());
        m.put("hired", d.isHired());
        m.put("startDate", d.getStartDate() == null ? null : d.getStartDate().toString());
        m.put("reason", d.getReason());
        return m;
    }
}
