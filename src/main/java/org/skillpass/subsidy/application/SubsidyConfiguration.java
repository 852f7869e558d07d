package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.application.RegionSettings;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.subsidy.domain.CertificateKind;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.RateRow;
import org.skillpass.subsidy.domain.RateTable;
import org.skillpass.subsidy.domain.SubsidySettings;
import org.skillpass.subsidy.domain.WorkingDayCalendar;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subsidy rules of a region as data, changed by admins without a deployment: the settings in force
 * (rows of {@code region_setting} with keys {@code subsidy.*} and effective dates, read through {@link
 * RegionSettings}: the deepest region wins, then the latest date), the rate table ({@code subsidy_rate}
 * with the built-in defaults of {@link RateTable}) and the working-day calendar ({@code calendar_day}:
 * nationwide days plus the region's own).
 */
@ApplicationScoped
public class SubsidyConfiguration {

    /** The region_setting keys of the subsidy rules; values are whole numbers (percentages as 80, not 0.8). */
    public static final String MAX_CLAIMS_PER_YEAR = "subsidy.max-claims-per-year";
    public static final String CLAIM_WINDOW_MONTHS = "subsidy.claim-window-months";
    public static final String MIN_ATTENDANCE_PERCENT = "subsidy.min-attendance-percent";
    public static final String MIN_AGE = "subsidy.min-age";
    public static final String MAX_AGE_MEN = "subsidy.max-age-men";
    public static final String MAX_AGE_WOMEN = "subsidy.max-age-women";
    public static final String SHORTAGE_UPLIFT_PERCENT = "subsidy.shortage-uplift-percent";
    public static final String NOTICE_WORKING_DAYS = "subsidy.notice-working-days";
    public static final String REVIEW_TARGET_WORKING_DAYS = "subsidy.review-target-working-days";

    /** Every key with its default (DOMAIN.md), in the order the admin page lists them. */
    public static final Map<String, Integer> DEFAULTS;

    static {
        SubsidySettings d = SubsidySettings.DEFAULTS;
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(MAX_CLAIMS_PER_YEAR, d.maxClaimsPerYear());
        m.put(CLAIM_WINDOW_MONTHS, d.claimWindowMonths());
        m.put(MIN_ATTENDANCE_PERCENT, d.minAttendance().movePointRight(2).intValue());
        m.put(MIN_AGE, d.minAge());
        m.put(MAX_AGE_MEN, d.maxAgeMen());
        m.put(MAX_AGE_WOMEN, d.maxAgeWomen());
        m.put(SHORTAGE_UPLIFT_PERCENT, d.shortageUplift().movePointRight(2).intValue());
        m.put(NOTICE_WORKING_DAYS, d.noticeWorkingDays());
        m.put(REVIEW_TARGET_WORKING_DAYS, d.reviewTargetWorkingDays());
        DEFAULTS = java.util.Collections.unmodifiableMap(m);
    }

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    RegionSettings regionSettings;

    @Inject
    AuditLog audit;

    /** The settings in force in a region on a day. A stored value that breaks the rules' own limits is ignored. */
    public SubsidySettings settings(String regionPath, LocalDate on) {
        int[] v = DEFAULTS.entrySet().stream()
                .mapToInt(e -> regionSettings.intValue(regionPath, e.getKey(), e.getValue(), on)).toArray();
        try {
            return new SubsidySettings(v[0], v[1], BigDecimal.valueOf(v[2]).movePointLeft(2), v[3], v[4], v[5],
                    BigDecimal.valueOf(v[6]).movePointLeft(2), v[7], v[8]);
        } catch (IllegalArgumentException e) {
            return SubsidySettings.DEFAULTS;
        }
    }

    /** The configured rates of the region and the regions above it (the defaults are added by RateTable). */
    public RateTable rates(String regionPath) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT region_path, claim_type, certificate_kind, level, valid_from, amount "
                + "FROM subsidy_rate WHERE ? LIKE CONCAT(region_path, '%')").setParameter(1, regionPath).getResultList();
        List<RateRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new RateRow((String) r[0], ClaimType.valueOf((String) r[1]),
                    r[2] == null ? null : CertificateKind.valueOf((String) r[2]), r[3] == null ? null : ((Number) r[3]).intValue(),
                    date(r[4]), (BigDecimal) r[5]));
        }
        return new RateTable(out);
    }

    /** Weekdays minus the holidays, plus the make-up working days, nationwide and of the region and above. */
    public WorkingDayCalendar calendar(String regionPath) {
        List<String> codes = new ArrayList<>(codes(regionPath));
        codes.add("");
        var query = em.createNativeQuery("SELECT day, kind FROM calendar_day WHERE region_code IN ("
                + String.join(",", codes.stream().map(c -> "?").toList()) + ")");
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(i + 1, codes.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return calendar(rows);
    }

    // ---- admin: rates, settings, calendar -----------------------------------------------------------

    /** A configured rate row for the admin page. */
    public record Rate(long id, String regionCode, String regionPath, ClaimType type, CertificateKind kind, Integer level,
                       LocalDate validFrom, BigDecimal amount, String createdBy) {
    }

    public List<Rate> configuredRates(Caller caller) {
        caller.require(Role.ADMIN, Role.HR_OFFICER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, region_code, region_path, claim_type, certificate_kind, level, "
                + "valid_from, amount, created_by FROM subsidy_rate ORDER BY region_path, claim_type, certificate_kind, level, valid_from DESC")
                .getResultList();
        List<Rate> out = new ArrayList<>();
        for (Object[] r : rows) {
            String path = (String) r[2];
            if (!caller.isAdmin() && !path.startsWith(caller.regionPath()) && !caller.regionPath().startsWith(path)) {
                continue;
            }
            out.add(new Rate(((Number) r[0]).longValue(), (String) r[1], path, ClaimType.valueOf((String) r[3]),
                    r[4] == null ? null : CertificateKind.valueOf((String) r[4]), r[5] == null ? null : ((Number) r[5]).intValue(),
                    date(r[6]), (BigDecimal) r[7], (String) r[8]));
        }
        return out;
    }

    /**
     * A new rate for a region, in force from {@code validFrom}: it replaces the region's earlier rate for
     * the same key from that day, and is in force below the region unless a lower region has its own.
     */
    @Transactional
    public Rate addRate(Caller caller, String regionCode, ClaimType type, CertificateKind kind, Integer level,
                        LocalDate validFrom, BigDecimal amount) {
        caller.require(Role.ADMIN);
        if (validFrom == null) {
            throw new FieldException("validFrom", "subsidy.config.validFrom.required");
        }
        if (amount == null) {
            throw new FieldException("amount", "subsidy.config.amount.required");
        }
        String path = regionPath(regionCode);
        Integer lvl = kind != null && kind.hasLevel() ? level : null;
        RateRow row = new RateRow(path, type, type.needsCertificate() ? kind : null, type.needsCertificate() ? lvl : null,
                validFrom, amount); // checks the key and the amount
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM subsidy_rate WHERE region_path = ? AND claim_type = ? "
                        + "AND kind_key = ? AND level_key = ? AND valid_from = ?")
                .setParameter(1, path).setParameter(2, type.name())
                .setParameter(3, row.certificateKind() == null ? "-" : row.certificateKind().name())
                .setParameter(4, row.level() == null ? 0 : row.level()).setParameter(5, Date.valueOf(validFrom))
                .getSingleResult()).longValue() > 0) {
            throw new DomainException("subsidy.rate.duplicate", regionCode, type, validFrom);
        }
        em.createNativeQuery("INSERT INTO subsidy_rate (region_code, region_path, claim_type, certificate_kind, level, valid_from, "
                        + "amount, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, regionCode).setParameter(2, path).setParameter(3, type.name())
                .setParameter(4, row.certificateKind() == null ? null : row.certificateKind().name())
                .setParameter(5, row.level()).setParameter(6, Date.valueOf(validFrom)).setParameter(7, row.amount())
                .setParameter(8, Timestamp.from(Instant.now())).setParameter(9, caller.username()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Rate rate = new Rate(id, regionCode, path, type, row.certificateKind(), row.level(), validFrom, row.amount(), caller.username());
        audit.record(caller, "SUBSIDY_RATE_ADDED", "SubsidyRate", id, new AuditLog.Scope(null, path), null, null, rate);
        return rate;
    }

    /** A setting as stored, for the admin page's history. */
    public record Setting(String regionCode, String key, String value, LocalDate effectiveFrom) {
    }

    public List<Setting> configuredSettings(Caller caller) {
        caller.require(Role.ADMIN, Role.HR_OFFICER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT region_code, setting_key, setting_value, effective_from FROM region_setting "
                + "WHERE setting_key LIKE 'subsidy.%' ORDER BY region_code, setting_key, effective_from DESC").getResultList();
        return rows.stream().map(r -> new Setting((String) r[0], (String) r[1], (String) r[2], date(r[3]))).toList();
    }

    /** A new value of one subsidy setting for a region from a date (the old value stays in force before it). */
    @Transactional
    public Setting setSetting(Caller caller, String regionCode, String key, int value, LocalDate effectiveFrom) {
        caller.require(Role.ADMIN);
        if (!DEFAULTS.containsKey(key)) {
            throw new FieldException("key", "subsidy.config.key.unknown", key);
        }
        if (effectiveFrom == null) {
            throw new FieldException("validFrom", "subsidy.config.validFrom.required");
        }
        if (value < 0 || (value == 0 && !key.equals(SHORTAGE_UPLIFT_PERCENT) && !key.equals(MIN_AGE))
                || (key.equals(MIN_ATTENDANCE_PERCENT) && value > 100) || value > 1000) {
            throw new FieldException("value", "subsidy.config.value.range", key);
        }
        String path = regionPath(regionCode);
        int updated = em.createNativeQuery("UPDATE region_setting SET setting_value = ? WHERE region_code = ? AND setting_key = ? "
                        + "AND effective_from = ?").setParameter(1, String.valueOf(value)).setParameter(2, regionCode)
                .setParameter(3, key).setParameter(4, Date.valueOf(effectiveFrom)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO region_setting (region_code, setting_key, setting_value, effective_from, created_at) "
                            + "VALUES (?, ?, ?, ?, ?)").setParameter(1, regionCode).setParameter(2, key)
                    .setParameter(3, String.valueOf(value)).setParameter(4, Date.valueOf(effectiveFrom))
                    .setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        }
        Setting s = new Setting(regionCode, key, String.valueOf(value), effectiveFrom);
        audit.record(caller, "SUBSIDY_SETTING_SET", "RegionSetting", regionCode + ":" + key, new AuditLog.Scope(null, path),
                null, null, s);
        return s;
    }

    /** A holiday or make-up working day; {@code regionCode} empty or null for the nationwide calendar. */
    public record CalendarDay(String regionCode, LocalDate day, String kind, String name) {
    }

    public List<CalendarDay> calendarDays(Caller caller, int year) {
        caller.require(Role.ADMIN, Role.HR_OFFICER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT region_code, day, kind, name FROM calendar_day "
                        + "WHERE day BETWEEN ? AND ? ORDER BY day, region_code")
                .setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1))).setParameter(2, Date.valueOf(LocalDate.of(year, 12, 31)))
                .getResultList();
        return rows.stream().map(r -> new CalendarDay((String) r[0], date(r[1]), (String) r[2], (String) r[3])).toList();
    }

    @Transactional
    public CalendarDay setCalendarDay(Caller caller, String regionCode, LocalDate day, boolean holiday, String name) {
        caller.require(Role.ADMIN);
        if (day == null) {
            throw new FieldException("day", "subsidy.config.day.required");
        }
        String code = regionCode == null ? "" : regionCode.strip();
        if (!code.isEmpty()) {
            regionPath(code);
        }
        String label = name == null || name.isBlank() ? (holiday ? "holiday" : "working day") : name.strip();
        if (label.length() > 64) {
            throw new FieldException("name", "subsidy.config.name.long");
        }
        em.createNativeQuery("INSERT INTO calendar_day (region_code, day, kind, name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name)")
                .setParameter(1, code).setParameter(2, Date.valueOf(day)).setParameter(3, holiday ? "HOLIDAY" : "WORKING_DAY")
                .setParameter(4, label).setParameter(5, Timestamp.from(Instant.now())).setParameter(6, caller.username())
                .executeUpdate();
        CalendarDay d = new CalendarDay(code, day, holiday ? "HOLIDAY" : "WORKING_DAY", label);
        audit.record(caller, "CALENDAR_DAY_SET", "CalendarDay", code + ":" + day, AuditLog.Scope.NONE, null, null, d);
        return d;
    }

    @Transactional
    public void removeCalendarDay(Caller caller, String regionCode, LocalDate day) {
        caller.require(Role.ADMIN);
        String code = regionCode == null ? "" : regionCode.strip();
        int n = em.createNativeQuery("DELETE FROM calendar_day WHERE region_code = ? AND day = ?")
                .setParameter(1, code).setParameter(2, Date.valueOf(day)).executeUpdate();
        if (n == 0) {
            throw new NotFoundException();
        }
        audit.record(caller, "CALENDAR_DAY_REMOVED", "CalendarDay", code + ":" + day, AuditLog.Scope.NONE, null,
                new CalendarDay(code, day, null, null), null);
    }

    /** The path of a region by its code. */
    public String regionPath(String regionCode) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT path FROM region WHERE code = ?").setParameter(1, regionCode).getResultList();
        if (found.isEmpty()) {
            throw new FieldException("region", "subsidy.config.region.unknown", regionCode);
        }
        return found.get(0);
    }

    static List<String> codes(String regionPath) {
        return regionPath == null ? List.of() : Arrays.stream(regionPath.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** The last code of a path: the region itself. */
    public static String regionCode(String regionPath) {
        List<String> c = codes(regionPath);
        return c.isEmpty() ? null : c.get(c.size() - 1);
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static WorkingDayCalendar calendar(List<Object[]> dayAndKind) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        for (Object[] r : dayAndKind) {
            ("HOLIDAY".equals(r[1]) ? holidays : working).add(date(r[0]));
        }
        return new WorkingDayCalendar(holidays, working);
    }
}
