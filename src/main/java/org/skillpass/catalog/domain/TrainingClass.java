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
import org.skillpass.shared.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A class (培训班): one run of a course, with dates, venue, capacity and teachers.
 * Lifecycle DRAFT → FILED (开班备案) → IN_TRAINING → COMPLETED → ARCHIVED; a filed class may go back
 * to DRAFT before it starts. {@code confirmedCount} counts held seats and never exceeds capacity:
 * only {@link #reserveSeat()} raises it, called under a row lock.
 */
@Entity
@Table(name = "training_class")
public class TrainingClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Column(nullable = false)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    private String venue;

    @Column(nullable = false)
    private boolean online;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "confirmed_count", nullable = false)
    private int confirmedCount;

    private String teachers;

    @Column(name = "teaching_plan")
    private String teachingPlan;

    @Column(name = "assessment_plan")
    private String assessmentPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClassState state = ClassState.DRAFT;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The employer training order this class trains for, if any (订单班). */
    @Column(name = "order_id")
    private Long orderId;

    /** When the ordering employer confirmed this class; an order class is not filed before. */
    @Column(name = "order_confirmed_at")
    private Instant orderConfirmedAt;

    @Version
    private long version;

    protected TrainingClass() {
    }

    public TrainingClass(Course course, String regionCode, String regionPath, ClassDetails details, Long orderId) {
        this.course = course;
        this.orderId = orderId;
        this.institutionId = course.getInstitutionId();
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.createdAt = Instant.now();
        apply(details);
    }

    /** Editable while DRAFT; capacity may never drop below the seats already held. */
    public void update(ClassDetails details) {
        if (state != ClassState.DRAFT) {
            throw new DomainException("class.notDraft");
        }
        if (details.capacity() < confirmedCount) {
            throw new DomainException("class.capacity.belowConfirmed", confirmedCount);
        }
        apply(details);
    }

    private void apply(ClassDetails d) {
        this.name = d.name().strip();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.venue = d.venue();
        this.online = d.online();
        this.capacity = d.capacity();
        this.teachers = d.teachers();
        this.teachingPlan = d.teachingPlan();
        this.assessmentPlan = d.assessmentPlan();
    }

    public void moveTo(ClassState next, Instant at) {
        if (!state.canMoveTo(next)) {
            throw new DomainException("class.transition.invalid", state, next);
        }
        if (next == ClassState.FILED) {
            filedAt = at;
        }
        state = next;
    }

    /** Holds a seat if one is free; the caller holds the row lock. */
    public boolean reserveSeat() {
        if (confirmedCount >= capacity) {
            return false;
        }
        confirmedCount++;
        return true;
    }

    public void releaseSeat() {
        if (confirmedCount > 0) {
            confirmedCount--;
        }
    }

    public void confirmForOrder(Instant at) {
        if (orderId == null) {
            throw new DomainException("order.classNotLinked");
        }
        orderConfirmedAt = at;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Instant getOrderConfirmedAt() {
        return orderConfirmedAt;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmedCount);
    }

    public ClassDetails details() {
        return new ClassDetails(name, startDate, endDate, venue, online, capacity, teachers, teachingPlan, assessmentPlan);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getVenue() {
        return venue;
    }

    public boolean isOnline() {
        return online;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    public String getTeachers() {
        return teachers;
    }

    public String getTeachingPlan() {
        return teachingPlan;
    }

    public String getAssessmentPlan() {
        return assessmentPlan;
    }

    public ClassState getState() {
        return state;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public long getVersion() {
        return version;
    }
}
