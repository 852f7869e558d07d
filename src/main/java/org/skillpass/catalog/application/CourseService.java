package org.skillpass.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.skillpass.catalog.domain.Course;
import org.skillpass.catalog.domain.CourseKind;
import org.skillpass.catalog.domain.CourseRules;
import org.skillpass.catalog.domain.DeliveryMode;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.catalog.domain.TrainingType;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An institution's courses: its staff create them; HR officers and admins read those in scope. */
@ApplicationScoped
public class CourseService {

    private static final Set<String> SORTABLE = Set.of("title", "createdAt");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditLog audit;

    public record NewCourse(CourseKind kind, Long occupationId, Integer level, String title, TrainingType trainingType,
                            DeliveryMode deliveryMode, int theoryHours, int practicalHours, BigDecimal cost,
                            String description) {
    }

    @Transactional
    public Course create(Caller caller, NewCourse form) {
        caller.require(Role.INSTITUTION_STAFF);
        Organisation institution = organisations.find(caller, caller.organisationId());
        Occupation occupation = form.occupationId() == null ? null : em.find(Occupation.class, form.occupationId());
        if (form.occupationId() != null && occupation == null) {
            throw new FieldException("occupation", "course.occupation.required");
        }
        SkillLevel level;
        try {
            level = form.level() == null ? null : SkillLevel.of(form.level());
        } catch (IllegalArgumentException e) {
            throw new FieldException("level", "course.level.required");
        }
        CourseRules.check(form.kind(), occupation, level, form.title(), form.trainingType(), form.deliveryMode(),
                form.theoryHours(), form.practicalHours(), form.cost());
        Course course = new Course(institution.getId(), form.kind(), form.kind().needsOccupation() ? occupation : null,
                form.kind() == CourseKind.OCCUPATION_LEVEL ? level : null, form.title(), form.trainingType(),
                form.deliveryMode(), form.theoryHours(), form.practicalHours(), form.cost(), form.description());
        em.persist(course);
        em.flush();
        audit.record(caller, "COURSE_CREATED", "Course", course.getId(),
                new AuditLog.Scope(institution.getId(), institution.getRegionPath()), null, null, snapshot(course));
        return course;
    }

    public Course find(Caller caller, long id) {
        Course c = em.find(Course.class, id);
        if (c == null || !covers(caller, c.getInstitutionId())) {
            throw new NotFoundException();
        }
        return c;
    }

    /** Filter: {@code title} (contains). */
    public Page<Course> page(Caller caller, PageRequest request) {
        caller.require(Role.INSTITUTION_STAFF, Role.HR_OFFICER, Role.ADMIN);
        String title = request.filter("title");
        List<Long> institutions = caller.isAdmin() ? null : scopeInstitutions(caller);
        return JpaPaging.page(em, Course.class, request, SORTABLE, "createdAt", false, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (institutions != null) {
                p.add(institutions.isEmpty() ? cb.disjunction() : root.get("institutionId").in(institutions));
            }
            if (title != null) {
                p.add(JpaPaging.contains(cb, root.get("title"), title));
            }
            return p;
        });
    }

    /** Active courses of the caller's institution, for pickers. */
    public List<Course> ownCourses(Caller caller) {
        caller.require(Role.INSTITUTION_STAFF);
        return em.createQuery("select c from Course c where c.institutionId = :i and c.active = true order by c.title",
                Course.class).setParameter("i", caller.organisationId()).getResultList();
    }

    private boolean covers(Caller caller, Long institutionId) {
        Organisation org = em.find(Organisation.class, institutionId);
        return org != null && caller.covers(org.getId(), org.getRegionPath());
    }

    /** Institutions the caller's tenant covers (bounded: one region's institutions). */
    private List<Long> scopeInstitutions(Caller caller) {
        if (caller.has(Role.HR_OFFICER)) {
            return em.createQuery("select o.id from Organisation o where o.regionPath like :p", Long.class)
                    .setParameter("p", org.skillpass.shared.domain.RegionPath.likePattern(caller.regionPath()))
                    .getResultList();
        }
        return caller.organisationId() == null ? List.of() : List.of(caller.organisationId());
    }

    static Map<String, Object> snapshot(Course c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.getTitle());
        m.put("kind", c.getKind());
        m.put("occupation", c.getOccupation() == null ? null : c.getOccupation().getCode());
        m.put("level", c.getLevel());
        m.put("trainingType", c.getTrainingType());
        m.put("deliveryMode", c.getDeliveryMode());
        m.put("hours", c.getTheoryHours() + "+" + c.getPracticalHours());
        m.put("cost", c.getCost());
        return m;
    }
}
