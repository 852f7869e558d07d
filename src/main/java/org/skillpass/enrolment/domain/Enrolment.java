package org.skillpass.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.skillpass.shared.domain.DomainException;

import java.time.Instant;

/**
 * A learner in a class. A new or renewed enrolment is APPLIED and is decided in the same transaction:
 * CONFIRMED when a seat was held, WAITLISTED otherwise. Withdrawing or dropping ends it; a learner who
 * withdrew may apply again (the same row is renewed, keeping one row per learner and class).
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "worker_account_id", nullable = false)
    private Long workerAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LearnerCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "learner_status", nullable = false)
    private LearnerStatus learnerStatus = LearnerStatus.UNSPECIFIED;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(Long classId, Long workerAccountId, LearnerCategory category, String addedBy, Instant at) {
        this.classId = classId;
        this.workerAccountId = workerAccountId;
        this.category = category;
        this.addedBy = addedBy;
        this.state = EnrolmentState.APPLIED;
        this.appliedAt = at;
    }

    /** A learner who withdrew or was dropped applies again. */
    public void renew(LearnerCategory category, String addedBy, Instant at) {
        if (state.active() || state == EnrolmentState.COMPLETED) {
            throw new DomainException("enrolment.already");
        }
        this.category = category;
        this.addedBy = addedBy;
        this.state = EnrolmentState.APPLIED;
        this.appliedAt = at;
        this.confirmedAt = null;
        this.endedAt = null;
    }

    public void confirm(Instant at) {
        if (state != EnrolmentState.APPLIED && state != EnrolmentState.WAITLISTED) {
            throw new DomainException("enrolment.state.invalid", state);
        }
        state = EnrolmentState.CONFIRMED;
        confirmedAt = at;
    }

    public void waitlist() {
        if (state != EnrolmentState.APPLIED) {
            throw new DomainException("enrolment.state.invalid", state);
        }
        state = EnrolmentState.WAITLISTED;
    }

    /** @return whether a seat was held and is now free */
    public boolean withdraw(Instant at) {
        if (!state.active()) {
            throw new DomainException("enrolment.notActive");
        }
        boolean heldSeat = state == EnrolmentState.CONFIRMED;
        state = EnrolmentState.WITHDRAWN;
        endedAt = at;
        return heldSeat;
    }

    /** The class completed: a seat holder completes; anyone still waiting or applied is dropped. */
    public void classCompleted(Instant at) {
        if (state == EnrolmentState.CONFIRMED) {
            state = EnrolmentState.COMPLETED;
            endedAt = at;
        } else if (state == EnrolmentState.WAITLISTED || state == EnrolmentState.APPLIED) {
            state = EnrolmentState.DROPPED;
            endedAt = at;
        }
    }

    public void declareStatus(LearnerStatus status) {
        this.learnerStatus = status == null ? LearnerStatus.UNSPECIFIED : status;
    }

    public LearnerStatus getLearnerStatus() {
        return learnerStatus;
    }

    public Long getId() {
        return id;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getWorkerAccountId() {
        return workerAccountId;
    }

    public EnrolmentState getState() {
        return state;
    }

    public LearnerCategory getCategory() {
        return category;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
