package org.skillpass.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.catalog.domain.CatalogVersion;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.catalog.infrastructure.OccupationSheet;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.Text;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin's side of the catalog (工种目录, adjusted yearly): a new year starts as a copy of the
 * previous one, is edited or imported from xlsx, and is published; classes then use the newest
 * published year. Every change is audited.
 */
@ApplicationScoped
public class CatalogAdminService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    AuditLog audit;

    public record ImportResult(int created, int updated) {
    }

    /** The import refused as a whole, with every problem of the sheet. */
    public static class ImportRefused extends DomainException {
        private final transient List<OccupationSheet.Problem> problems;

        public ImportRefused(List<OccupationSheet.Problem> problems) {
            super("catalog.import.failed", problems.size());
            this.problems = List.copyOf(problems);
        }

        public List<OccupationSheet.Problem> problems() {
            return problems;
        }
    }

    public List<CatalogVersion> years() {
        return em.createQuery("select v from CatalogVersion v order by v.year desc", CatalogVersion.class).getResultList();
    }

    @Transactional
    public CatalogVersion createYear(Caller caller, Integer year, String nameZh, String nameEn, Integer copyFrom) {
        caller.require(Role.ADMIN);
        if (year == null || year < 2000 || year > 2100) {
            throw new FieldException("year", "catalog.year.invalid");
        }
        if (em.find(CatalogVersion.class, year) != null) {
            throw new FieldException("year", "catalog.year.exists");
        }
        if (Text.trimToNull(nameZh) == null || Text.trimToNull(nameEn) == null) {
            throw new FieldException("nameZh", "catalog.name.required");
        }
        CatalogVersion v = new CatalogVersion(year, nameZh.strip(), nameEn.strip());
        em.persist(v);
        int copied = 0;
        if (copyFrom != null) {
            for (Occupation o : em.createQuery("select o from Occupation o where o.catalogYear = :y", Occupation.class)
                    .setParameter("y", copyFrom).getResultList()) {
                em.persist(new Occupation(year, o.getCode(), o.getNameZh(), o.getNameEn(), o.levels(), o.isShortage(),
                        o.isSpecialOperation()));
                copied++;
            }
        }
        em.flush();
        audit.record(caller, "CATALOG_CREATED", "CatalogVersion", year, AuditLog.Scope.NONE, null, null,
                Map.of("copiedFrom", String.valueOf(copyFrom), "occupations", copied));
        return v;
    }

    @Transactional
    public void publish(Caller caller, int year) {
        caller.require(Role.ADMIN);
        CatalogVersion v = em.find(CatalogVersion.class, year);
        if (v == null) {
            throw new FieldException("year", "catalog.year.unknown");
        }
        v.publish();
        audit.record(caller, "CATALOG_PUBLISHED", "CatalogVersion", year, AuditLog.Scope.NONE, null, null, null);
    }

    /** Creates or updates the occupation with that code in the year. */
    @Transactional
    public Occupation save(Caller caller, int year, String code, String nameZh, String nameEn, List<SkillLevel> levels,
                           boolean shortage, boolean specialOperation) {
        caller.require(Role.ADMIN);
        if (em.find(CatalogVersion.class, year) == null) {
            throw new FieldException("year", "catalog.year.unknown");
        }
        if (code == null || !OccupationSheet.CODE.matcher(code.strip()).matches()) {
            throw new FieldException("code", "catalog.sheet.code.invalid");
        }
        if (Text.trimToNull(nameZh) == null || Text.trimToNull(nameEn) == null) {
            throw new FieldException("nameZh", "catalog.sheet.name.invalid");
        }
        if (levels == null || levels.isEmpty()) {
            throw new FieldException("levels", "catalog.sheet.levels.invalid");
        }
        Occupation o = upsert(year, code.strip(), nameZh.strip(), nameEn.strip(), levels, shortage, specialOperation, null);
        audit.record(caller, "OCCUPATION_SAVED", "Occupation", o.getId(), AuditLog.Scope.NONE, null, null, snapshot(o));
        return o;
    }

    /** Imports a whole sheet into the year, all or nothing. */
    @Transactional
    public ImportResult importSheet(Caller caller, int year, InputStream xlsx) {
        caller.require(Role.ADMIN);
        if (em.find(CatalogVersion.class, year) == null) {
            throw new FieldException("year", "catalog.year.unknown");
        }
        OccupationSheet.Result sheet = OccupationSheet.read(xlsx);
        if (!sheet.ok()) {
            throw new ImportRefused(sheet.problems());
        }
        int[] created = {0};
        for (OccupationSheet.Line l : sheet.lines()) {
            upsert(year, l.code(), l.nameZh(), l.nameEn(), l.levels(), l.shortage(), l.specialOperation(), created);
        }
        audit.record(caller, "CATALOG_IMPORTED", "CatalogVersion", year, AuditLog.Scope.NONE, null, null,
                Map.of("rows", sheet.lines().size(), "created", created[0]));
        return new ImportResult(created[0], sheet.lines().size() - created[0]);
    }

    private Occupation upsert(int year, String code, String nameZh, String nameEn, List<SkillLevel> levels, boolean shortage,
                              boolean special, int[] created) {
        List<Occupation> found = em.createQuery("select o from Occupation o where o.catalogYear = :y and o.code = :c",
                Occupation.class).setParameter("y", year).setParameter("c", code).getResultList();
        if (found.isEmpty()) {
            Occupation o = new Occupation(year, code, nameZh, nameEn, levels, shortage, special);
            em.persist(o);
            em.flush();
            if (created != null) {
                created[0]++;
            }
            return o;
        }
        Occupation o = found.get(0);
        o.update(nameZh, nameEn, levels, shortage, special);
        return o;
    }

    /** Occupations of a year. Filter: {@code text} (code or name contains). */
    public Page<Occupation> page(Caller caller, int year, PageRequest request) {
        caller.require(Role.ADMIN);
        String text = request.filter("text");
        return JpaPaging.page(em, Occupation.class, request, Set.of("code", "nameZh"), "code", true, (cb, root) -> {
            List<jakarta.persistence.criteria.Predicate> p = new ArrayList<>();
            p.add(cb.equal(root.get("catalogYear"), year));
            if (text != null) {
                p.add(cb.or(JpaPaging.contains(cb, root.get("code"), text), JpaPaging.contains(cb, root.get("nameZh"), text),
                        JpaPaging.contains(cb, root.get("nameEn"), text)));
            }
            return p;
        });
    }

    static Map<String, Object> snapshot(Occupation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", o.getCatalogYear());
        m.put("code", o.getCode());
        m.put("nameZh", o.getNameZh());
        m.put("nameEn", o.getNameEn());
        m.put("levels", o.getLevels());
        m.put("shortage", o.isShortage());
        m.put("specialOperation", o.isSpecialOperation());
        return m;
    }
}
