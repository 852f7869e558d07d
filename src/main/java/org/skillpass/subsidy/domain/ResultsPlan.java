package org.skillpass.subsidy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 政府购买培训成果 for one order or project class, set up by the HR bureau: which {@link PayForResults}
 * scheme pays the institution, and the base amount per trainee. The scheme's parameters are kept with the
 * plan, so changing the defaults later never changes an agreed plan.
 */
@Entity
@Table(name = "results_plan")
public class ResultsPlan {

    public enum Scheme { TRANCHES, EMPLOYMENT_RATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scheme scheme;

    @Column(name = "rate_per_trainee", nullable = false)
    private BigDecimal ratePerTrainee;

    @Column(name = "certified_share")
    private BigDecimal certifiedShare;

    @Column(name = "employed_share")
    private BigDecimal employedShare;

    @Column(name = "lower_threshold")
    private BigDecimal lowerThreshold;

    @Column(name = "upper_threshold")
    private BigDecimal upperThreshold;

    @Column(name = "high_factor")
    private BigDecimal highFactor;

    @Column(name = "both_factor")
    private BigDecimal bothFactor;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ResultsPlan() {
    }

    /** A tranche plan; the shares are checked by {@link Tranches} (they must add up to 1). */
    public static ResultsPlan tranches(long classId, long institutionId, String regionPath, BigDecimal rate,
                                       BigDecimal certifiedShare, BigDecimal employedShare, String by, Instant at) {
        ResultsPlan p = new ResultsPlan(classId, institutionId, regionPath, Scheme.TRANCHES, rate, by, at);
        p.certifiedShare = certifiedShare;
        p.employedShare = employedShare;
        p.scheme();
        return p;
    }

    public static ResultsPlan employmentRate(long classId, long institutionId, String regionPath, BigDecimal rate,
                                             EmploymentRateScaling s, String by, Instant at) {
        ResultsPlan p = new ResultsPlan(classId, institutionId, regionPath, Scheme.EMPLOYMENT_RATE, rate, by, at);
        p.lowerThreshold = s.lowerThreshold();
        p.upperThreshold = s.upperThreshold();
        p.highFactor = s.highFactor();
        p.bothFactor = s.bothFactor();
        return p;
    }

    private ResultsPlan(long classId, long institutionId, String regionPath, Scheme scheme, BigDecimal rate, String by,
                        Instant at) {
        if (rate == null || rate.signum() <= 0) {
            throw new org.skillpass.shared.domain.FieldException("rate", "subsidy.results.rate.positive");
        }
        this.classId = classId;
        this.institutionId = institutionId;
        this.regionPath = regionPath;
        this.scheme = scheme;
        this.ratePerTrainee = Yuan.of(rate);
        this.createdBy = by;
        this.createdAt = at;
    }

    /** The domain scheme this plan pays by. */
    public PayForResults scheme() {
        if (scheme == Scheme.TRANCHES) {
            List<Tranche> list = new java.util.ArrayList<>();
            if (certifiedShare != null && certifiedShare.signum() > 0) {
                list.add(new Tranche(Milestone.CERTIFIED, certifiedShare));
            }
            if (employedShare != null && employedShare.signum() > 0) {
                list.add(new Tranche(Milestone.EMPLOYED_6M, employedShare));
            }
            try {
                return new Tranches(list);
            } catch (IllegalArgumentException e) {
                throw new org.skillpass.shared.domain.FieldException("shares", "subsidy.results.shares");
            }
        }
        return new EmploymentRateScaling(lowerThreshold, upperThreshold, highFactor, bothFactor);
    }

    public Long getId() { return id; }
    public Long getClassId() { return classId; }
    public Long getInstitutionId() { return institutionId; }
    public String getRegionPath() { return regionPath; }
    public Scheme getScheme() { return scheme; }
    public BigDecimal getRatePerTrainee() { return ratePerTrainee; }
    public BigDecimal getCertifiedShare() { return certifiedShare; }
    public BigDecimal getEmployedShare() { return employedShare; }
    public BigDecimal getLowerThreshold() { return lowerThreshold; }
    public BigDecimal getUpperThreshold() { return upperThreshold; }
    public BigDecimal getHighFactor() { return highFactor; }
    public BigDecimal getBothFactor() { return bothFactor; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
