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
import java.time.LocalDate;

/**
 * A public notice (公示) of a region's approved claims: open for objections from {@code publishedOn}
 * through {@code endsOn} (a number of working days, {@link NoticePeriod}), then RELEASED once every claim
 * on it became payable or was recovered.
 */
@Entity
@Table(name = "subsidy_notice")
public class PublicNotice {

    public enum State { OPEN, RELEASED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Column(nullable = false)
    private String title;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.OPEN;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount = BigDecimal.ZERO;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected PublicNotice() {
    }

    public PublicNotice(String regionCode, String regionPath, String title, NoticePeriod period, int workingDays,
                        String publishedBy, Instant at) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.title = title;
        this.publishedOn = period.published();
        this.endsOn = period.ends();
        this.workingDays = workingDays;
        this.publishedBy = publishedBy;
        this.createdAt = at;
    }

    public NoticePeriod period() {
        return new NoticePeriod(publishedOn, endsOn);
    }

    public void counted(int claims, BigDecimal total) {
        this.claimCount = claims;
        this.totalAmount = total;
    }

    public void released(Instant at) {
        this.state = State.RELEASED;
        this.releasedAt = at;
    }

    public Long getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public String getRegionPath() { return regionPath; }
    public String getTitle() { return title; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getWorkingDays() { return workingDays; }
    public State getState() { return state; }
    public int getClaimCount() { return claimCount; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReleasedAt() { return releasedAt; }
    public long getVersion() { return version; }
}
