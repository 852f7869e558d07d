package org.skillpass.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;

import java.util.List;
import java.util.Set;

/**
 * Pages an entity in the database: a COUNT and a LIMIT/OFFSET query with the same predicates,
 * sorted only by whitelisted attributes (a sort field from a browser never reaches JPQL unchecked).
 */
public final class JpaPaging {

    /** Builds the WHERE clause for one root; called once for the count and once for the rows. */
    @FunctionalInterface
    public interface Where<T> {
        List<Predicate> predicates(CriteriaBuilder cb, Root<T> root);
    }

    private JpaPaging() {
    }

    public static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, Set<String> sortable,
                                   String defaultSort, boolean defaultAscending, Where<T> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(where.predicates(cb, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }

        CriteriaQuery<T> rows = cb.createQuery(type);
        Root<T> root = rows.from(type);
        rows.select(root).where(where.predicates(cb, root).toArray(Predicate[]::new));
        boolean requested = request.sortField() != null && sortable.contains(request.sortField());
        String sort = requested ? request.sortField() : defaultSort;
        boolean asc = requested ? request.ascending() : defaultAscending;
        rows.orderBy(asc ? cb.asc(root.get(sort)) : cb.desc(root.get(sort)),
                cb.asc(root.get("id")));
        List<T> list = em.createQuery(rows).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(list, total);
    }

    /**
     * Tenant scoping as a WHERE clause: rows of the caller's own organisation, plus for an HR officer
     * every row whose region lies in the bureau's region; null (no restriction) for admins.
     */
    public static Predicate tenantScope(CriteriaBuilder cb, org.skillpass.shared.application.Caller caller,
                                        jakarta.persistence.criteria.Expression<Long> organisationId,
                                        jakarta.persistence.criteria.Expression<String> regionPath) {
        if (caller.isAdmin()) {
            return null;
        }
        Predicate own = caller.organisationId() == null ? cb.disjunction() : cb.equal(organisationId, caller.organisationId());
        if (caller.has(org.skillpass.identity.domain.Role.HR_OFFICER) && caller.regionPath() != null) {
            return cb.or(own, cb.like(regionPath, org.skillpass.shared.domain.RegionPath.likePattern(caller.regionPath()), '\\'));
        }
        return own;
    }

    /** Equality with an enum constant named by user-typed text; matches nothing when the name is unknown. */
    public static <E extends Enum<E>> Predicate enumEquals(CriteriaBuilder cb, jakarta.persistence.criteria.Expression<E> field,
                                                          Class<E> type, String name) {
        try {
            return cb.equal(field, Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return cb.disjunction();
        }
    }

    /** Case-insensitive "contains" for user-typed filter text, with LIKE wildcards escaped. */
    public static Predicate contains(CriteriaBuilder cb, jakarta.persistence.criteria.Expression<String> field, String text) {
        String escaped = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(cb.lower(field), "%" + escaped + "%", '\\');
    }
}
