package org.skillpass.enrolment.domain;

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
 * 订单式培训: an employer orders {@code headcount} trained workers for one occupation and level, with a
 * wage offer, skill requirements, a deadline and a hiring commitment. OPEN until an institution of
 * its city accepts it (ACCEPTED); the employer may cancel an open order; CLOSED when done.
 */
@Entity
@Table(name = "training_order")
public class TrainingOrder {

    public enum State { OPEN, ACCEPTED, CLOSED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @ManyToOne(optional = false)
    @JoinColumn(name = "occupation_id")
    private Occupation occupation;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false)
    private int headcount;

    @Column(name = "wage_offered", nullable = false)
    private BigDecimal wageOffered;

    @Column(name = "skill_requirements", nullable = false)
    private String skillRequirements;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "hiring_commitment", nullable = false)
    private String hiringCommitment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.OPEN;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TrainingOrder() {
    }

    public TrainingOrder(Long employerId, String regionCode, String regionPath, Occupation occupation, int level,
                         int headcount, BigDecimal wageOffered, String skillRequirements, LocalDate deadline,
                         String hiringCommitment, Instant at) {
        this.employerId = employerId;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.occupation = occupation;
        this.level = level;
        this.headcount = headcount;
        this.wageOffered = wageOffered;
        this.skillRequirements = skillRequirements.strip();
        this.deadline = deadline;
        this.hiringCommitment = hiringCommitment.strip();
        this.createdAt = at;
    }

    public void accept(Long institutionId, Instant at) {
        if (state != State.OPEN) {
            throw new DomainException("order.notOpen");
        }
        this.institutionId = institutionId;
        this.acceptedAt = at;
        this.state = State.ACCEPTED;
    }

    public void cancel() {
        if (state != State.OPEN) {
            throw new DomainException("order.notOpen");
        }
        state = State.CANCELLED;
    }

    public void close() {
        if (state != State.ACCEPTED) {
            throw new DomainException("order.notAccepted");
        }
        state = State.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public String getRegionCode() {
        return regionCode;
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

    public int getHeadcount() {
        return headcount;
    }

    public BigDecimal getWageOffered() {
        return wageOffered;
    }

    public String getSkillRequirements() {
        return skillRequirements;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getHiringCommitment() {
        return hiringCommitment;
    }

    public State getState() {
        return state;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
