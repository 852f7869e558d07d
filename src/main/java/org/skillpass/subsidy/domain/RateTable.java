package org.skillpass.subsidy.domain;

import org.skillpass.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The subsidy rates of a region tree with their history. To find the rate for a claim:
 * <ol>
 *   <li>take the rows for the claim's type, certificate kind and level whose region is the claim's
 *       region or above it and which are in force on the date ({@code validFrom <= on});</li>
 *   <li>the most specific region wins — a city's row beats its province's row even if the province
 *       changed its rate more recently, because the city decided for itself;</li>
 *   <li>within that region the latest {@code validFrom} wins: a new row supersedes the old from its date.</li>
 * </ol>
 * When no configured row matches, the DOMAIN.md defaults apply (nationwide rows from {@link LocalDate#MIN}):
 * skill level 五级 1000, 四级 1500, 三级 2000, 二级 3000, 一级 3000; 专项职业能力 1000; 培训合格 500 yuan —
 * for TRAINING and, lacking better figures, for ASSESSMENT too (the assessment subsidy is capped at the
 * fee charged, see {@link AmountCalculator}, so regions should configure their real assessment rates).
 * Two defaults are <b>our assumptions</b>, not in DOMAIN.md: living allowance
 * {@value #DEFAULT_LIVING_ALLOWANCE_PER_DAY} yuan per attended day and apprenticeship
 * {@value #DEFAULT_APPRENTICESHIP_PER_YEAR} yuan per apprentice per year. The shortage uplift lives in
 * {@link SubsidySettings}.
 */
public final class RateTable {

    public static final String DEFAULT_LIVING_ALLOWANCE_PER_DAY = "50.00";
    public static final String DEFAULT_APPRENTICESHIP_PER_YEAR = "5000.00";

    /** The built-in defaults, nationwide and in force since ever, so any configured row is more specific. */
    public static final List<RateRow> DEFAULTS = List.copyOf(defaultRows());

    private final List<RateRow> rows;

    /**
     * @param configured the configured rows of the region tree (the defaults are added here)
     * @throws DomainException {@code subsidy.rate.duplicate} when two rows share key, region and date,
     *                         since neither could be said to win
     */
    public RateTable(Collection<RateRow> configured) {
        Set<List<Object>> seen = new HashSet<>();
        for (RateRow r : configured) {
            List<Object> key = java.util.Arrays.asList(r.regionPath(), r.claimType(), r.certificateKind(),
                    r.level(), r.validFrom());
            if (!seen.add(key)) {
                throw new DomainException("subsidy.rate.duplicate", r.regionPath(), r.claimType(), r.validFrom());
            }
        }
        List<RateRow> all = new ArrayList<>(configured);
        all.addAll(DEFAULTS);
        this.rows = List.copyOf(all);
    }

    public static RateTable defaults() {
        return new RateTable(List.of());
    }

    /** The row that applies, or empty when neither a configured row nor a default fits the key. */
    public Optional<RateRow> find(String regionPath, ClaimType type, CertificateKind kind, Integer level, LocalDate on) {
        Objects.requireNonNull(regionPath, "regionPath");
        Objects.requireNonNull(on, "on");
        return rows.stream()
                .filter(r -> r.sameKey(type, kind, level) && r.covers(regionPath) && !r.validFrom().isAfter(on))
                .max(Comparator.comparingInt((RateRow r) -> r.regionPath().length())
                        .thenComparing(RateRow::validFrom));
    }

    /** @throws DomainException {@code subsidy.rate.none} when nothing fits (e.g. an assessment rate for 培训合格) */
    public RateRow require(String regionPath, ClaimType type, CertificateKind kind, Integer level, LocalDate on) {
        return find(regionPath, type, kind, level, on)
                .orElseThrow(() -> new DomainException("subsidy.rate.none", type, kind, level, on));
    }

    public BigDecimal rate(String regionPath, ClaimType type, CertificateKind kind, Integer level, LocalDate on) {
        return require(regionPath, type, kind, level, on).amount();
    }

    public List<RateRow> rows() {
        return rows;
    }

    private static List<RateRow> defaultRows() {
        List<RateRow> d = new ArrayList<>();
        String[] byLevel = {null, "3000", "3000", "2000", "1500", "1000"};
        for (ClaimType type : List.of(ClaimType.TRAINING, ClaimType.ASSESSMENT)) {
            for (int level = 1; level <= 5; level++) {
                d.add(row(type, CertificateKind.SKILL_LEVEL, level, byLevel[level]));
            }
            d.add(row(type, CertificateKind.SPECIAL_ABILITY, null, "1000"));
        }
        // A training-completion certificate proves training, not a skill assessment: no ASSESSMENT default.
        d.add(row(ClaimType.TRAINING, CertificateKind.TRAINING_COMPLETION, null, "500"));
        d.add(row(ClaimType.LIVING_ALLOWANCE, null, null, DEFAULT_LIVING_ALLOWANCE_PER_DAY));
        d.add(row(ClaimType.APPRENTICESHIP, null, null, DEFAULT_APPRENTICESHIP_PER_YEAR));
        return d;
    }

    private static RateRow row(ClaimType type, CertificateKind kind, Integer level, String amount) {
        return new RateRow("", type, kind, level, LocalDate.MIN, new BigDecimal(amount));
    }
}
