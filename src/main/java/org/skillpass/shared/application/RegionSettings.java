package org.skillpass.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Per-region rules as data (DOMAIN.md): a value set for a region applies to it and everything below
 * it from its effective date; the most specific region wins, then the latest effective date. Without
 * any, the caller's default (the national default of DOMAIN.md) applies.
 */
@ApplicationScoped
public class RegionSettings {

    /** Keys in use, with their defaults. */
    public static final String FILING_LEAD_DAYS = "class.filing.lead-days";
    public static final int FILING_LEAD_DAYS_DEFAULT = 7;
    /** 1: an order class is filed only after the employer confirmed it (default); 0: not needed. */
    public static final String ORDER_CLASS_NEEDS_CONFIRMATION = "order.class.needs-employer-confirmation";

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    public int intValue(String regionPath, String key, int defaultValue, LocalDate on) {
        String v = value(regionPath, key, on);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public String value(String regionPath, String key, LocalDate on) {
        if (regionPath == null) {
            return null;
        }
        List<String> codes = Arrays.stream(regionPath.split("/")).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty()) {
            return null;
        }
        var query = em.createNativeQuery("select region_code, setting_value from region_setting "
                + "where setting_key = ? and effective_from <= ? and region_code in ("
                + String.join(",", codes.stream().map(c -> "?").toList()) + ") order by effective_from desc");
        query.setParameter(1, key).setParameter(2, Date.valueOf(on));
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(3 + i, codes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.isEmpty() ? null : pick(rows, codes);
    }

    /** The row of the deepest region; rows come latest-effective first, so ties keep the latest. */
    private static String pick(List<Object[]> rows, List<String> codes) {
        String best = null;
        int bestDepth = -1;
        for (Object[] r : rows) {
            int depth = codes.indexOf((String) r[0]);
            if (depth > bestDepth) {
                bestDepth = depth;
                best = (String) r[1];
            }
        }
        return best;
    }
}
