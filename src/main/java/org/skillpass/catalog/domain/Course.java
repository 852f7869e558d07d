package org.skillpass.catalog.domain;

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

import java.math.BigDecimal;
import java.time.Instant;

/** An institution's course: what it teaches, how, for how many hours, at what cost. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseKind kind;

    @ManyToOne
    @JoinColumn(name = "occupation_id")
    private Occupation occupation;

    private Integer level;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_type", nullable = false)
    private TrainingType trainingType;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;

    @Column(name = "theory_hours", nullable = false)
    private int theoryHours;

    @Column(name = "practical_hours", nullable = false)
    private int practicalHours;

    @Column(nullable = false)
    private BigDecimal cost;

    private String description;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {
    }

    /** Arguments are validated by {@link CourseRules} before this is called. */
    public Course(Long institutionId, CourseKind kind, Occupation occupation, SkillLevel level, String title,
                  TrainingType trainingType, DeliveryMode deliveryMode, int theoryHours, int practicalHours,
                  BigDecimal cost, String description) {
        this.institutionId = institutionId;
        this.kind = kind;
        this.occupation = occupation;
        this.level = level == null ? null : level.number();
        this.title = title.strip();
        this.trainingType = trainingType;
        this.deliveryMode = deliveryMode;
        this.theoryHours = theoryHours;
        this.practicalHours = practicalHours;
        this.cost = cost;
        this.description = description;
        this.createdAt = Instant.now();
    }

    public int totalHours() {
        return theoryHours + practicalHours;
    }

    public SkillLevel skillLevel() {
        return level == null ? null : SkillLevel.of(level);
    }

    public Long getId() {
        return id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public CourseKind getKind() {
        return kind;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public Integer getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public TrainingType getTrainingType() {
        return trainingType;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public int getTheoryHours() {
        return theoryHours;
    }

    public int getPracticalHours() {
        return practicalHours;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
