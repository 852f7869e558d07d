package org.skillpass.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.skillpass.catalog.domain.Occupation;

import java.util.List;

/** The occupation catalog: public reference data, versioned by year. */
@ApplicationScoped
public class CatalogService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    /** The newest published catalog year, or null when none is published. */
    public Integer currentYear() {
        return em.createQuery("select max(v.year) from CatalogVersion v where v.published = true", Integer.class)
                .getSingleResult();
    }

    /** Occupations of the current catalog whose code or name contains the text, by code. */
    public List<Occupation> search(String text, int limit) {
        Integer year = currentYear();
        if (year == null) {
            return List.of();
        }
        String q = text == null ? "" : text.strip().toLowerCase();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select o from Occupation o where o.catalogYear = :y and (lower(o.code) like :q escape '\\' "
                        + "or lower(o.nameZh) like :q escape '\\' or lower(o.nameEn) like :q escape '\\') order by o.code",
                        Occupation.class)
                .setParameter("y", year).setParameter("q", like).setMaxResults(Math.min(limit, 100)).getResultList();
    }

    /**
     * The occupation, checked to be offered at the level (for orders and assessment sessions).
     *
     * @throws org.skillpass.shared.domain.FieldException on {@code occupation} or {@code level}
     */
    public Occupation offeredAt(Long occupationId, Integer level) {
        Occupation occupation = occupationId == null ? null : em.find(Occupation.class, occupationId);
        if (occupation == null) {
            throw new org.skillpass.shared.domain.FieldException("occupation", "course.occupation.required");
        }
        if (level == null || level < 1 || level > 5
                || !occupation.offers(org.skillpass.catalog.domain.SkillLevel.of(level))) {
            throw new org.skillpass.shared.domain.FieldException("level", "course.level.notOffered");
        }
        return occupation;
    }

    public Occupation occupation(long id) {
        return em.find(Occupation.class, id);
    }
}
