package org.skillpass.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 鉴定批次: one assessment body assesses one occupation and level at a site on a date. Its results go
 * DRAFT (scores being entered) → SUBMITTED (complete, panel staffed) → LOCKED by the session lead;
 * after that a change is a correction with a reason.
 */
@Entity
@Table(name = "assessment_session")
public class AssessmentSession {

    public enum ResultsState { DRAFT, SUBMITTED, LOCKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @ManyToOne(optional = false)
    @JoinColumn(name = "occupation_id")
    private Occupation occupation;

    @Column(nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentMode mode;

    @Column(nullable = false)
    private String site;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "theory_rooms", nullable = false)
    private int theoryRooms;

    @Column(nullable = false)
    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_state", nullable = false)
    private ResultsState resultsState = ResultsState.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "locked_by")
    private String lockedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The assessor who opened the session: sees it before and besides the panel. */
    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Version
    private long version;

    protected AssessmentSession() {
    }

    public AssessmentSession(Long bodyId, String regionPath, Occupation occupation, int level, AssessmentMode mode,
                             String site, LocalDate heldOn, int theoryRooms, BigDecimal fee, Long createdBy, Instant at) {
        this.bodyId = bodyId;
        this.regionPath = regionPath;
        this.occupation = occupation;
        this.level = level;
        this.mode = mode;
        this.site = site.strip();
        this.heldOn = heldOn;
        this.theoryRooms = theoryRooms;
        this.fee = fee;
        this.createdAt = at;
        this.createdBy = createdBy;
    }

    public void requireDraft() {
        if (resultsState != ResultsState.DRAFT) {
            throw new DomainException("assessment.notDraft");
        }
    }

    public void submit(Instant at) {
        requireDraft();
        resultsState = ResultsState.SUBMITTED;
        submittedAt = at;
    }

    public void lock(String by, Instant at) {
        if (resultsState != ResultsState.SUBMITTED) {
            throw new DomainException("assessment.notSubmitted");
        }
        resultsState = ResultsState.LOCKED;
        lockedAt = at;
        lockedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public int getLevel() {
        return level;
    }

    public AssessmentMode getMode() {
        return mode;
    }

    public String getSite() {
        return site;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getTheoryRooms() {
        return theoryRooms;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public ResultsState getResultsState() {
        return resultsState;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public String getLockedBy() {
        return lockedBy;
    }
}
