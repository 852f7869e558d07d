package org.skillpass.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Region;
import org.skillpass.identity.domain.Role;
import org.skillpass.reporting.domain.Target;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.RegionPath;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Annual training targets per region: admins set and remove them; HR officers read those of their region. */
@ApplicationScoped
public class TargetService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Sets (creates or changes) the target of a region for a year. */
    @Transactional
    public Target set(Caller caller, String regionCode, Integer year, Integer personTimes) {
        caller.require(Role.ADMIN);
        if (regionCode == null || regionCode.isBlank()) {
            throw new FieldException("region", "report.target.region");
        }
        Region region = em.find(Region.class, regionCode.strip());
        if (region == null) {
            throw new FieldException("region", "report.target.region");
        }
        if (year == null) {
            throw new FieldException("year", "report.target.year");
        }
        if (personTimes == null) {
            throw new FieldException("personTimes", "report.target.invalid");
        }
        Target.check(year, personTimes);
        List<Target> existing = em.createQuery("select t from Target t where t.regionCode = :r and t.year = :y", Target.class)
                .setParameter("r", region.getCode()).setParameter("y", year).getResultList();
        Instant now = Instant.now();
        Target t;
        Map<String, Object> before = null;
        if (existing.isEmpty()) {
            t = new Target(region.getCode(), year, personTimes, caller.username(), now);
            em.persist(t);
            em.flush();
        } else {
            t = existing.get(0);
            before = t.snapshot();
            t.change(personTimes, caller.username(), now);
        }
        audit.record(caller, "TARGET_SET", "ReportTarget", t.getId(), new AuditLog.Scope(null, region.getPath()), null, before,
                t.snapshot());
        return t;
    }

    @Transactional
    public void remove(Caller caller, long targetId) {
        caller.require(Role.ADMIN);
        Target t = em.find(Target.class, targetId);
        if (t == null) {
            throw new NotFoundException();
        }
        Region region = em.find(Region.class, t.getRegionCode());
        audit.record(caller, "TARGET_REMOVED", "ReportTarget", t.getId(), new AuditLog.Scope(null, region.getPath()), null,
                t.snapshot(), null);
        em.remove(t);
    }

    /** Targets of a year (every year when null) that the caller may see, by region. */
    public List<Target> list(Caller caller, Integer year) {
        caller.require(Role.ADMIN, Role.HR_OFFICER);
        List<Target> all = year == null
                ? em.createQuery("select t from Target t order by t.year desc, t.regionCode", Target.class).getResultList()
                : em.createQuery("select t from Target t where t.year = :y order by t.regionCode", Target.class)
                .setParameter("y", year).getResultList();
        if (caller.isAdmin()) {
            return all;
        }
        return all.stream().filter(t -> {
            Region r = em.find(Region.class, t.getRegionCode());
            return r != null && RegionPath.covers(caller.regionPath(), r.getPath());
        }).toList();
    }
}
