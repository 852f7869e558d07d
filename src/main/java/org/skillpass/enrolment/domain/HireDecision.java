package org.skillpass.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.skillpass.shared.domain.FieldException;

import java.time.Instant;
import java.time.LocalDate;

/** The employer's decision on one trainee of its order: hired from a date, or not hired for a reason. */
@Entity
@Table(name = "hire_decision")
public class HireDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "enrolment_id", nullable = false, unique = true)
    private Long enrolmentId;

    @Column(name = "worker_account_id", nullable = false)
    private Long workerAccountId;

    @Column(nullable = false)
    private boolean hired;

    @Column(name = "start_date")
    private LocalDate startDate;

    private String reason;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Version
    private long version;

    protected HireDecision() {
    }

    public HireDecision(Long orderId, Long enrolmentId, Long workerAccountId) {
        this.orderId = orderId;
        this.enrolmentId = enrolmentId;
        this.workerAccountId = workerAccountId;
    }

    /** Records (or corrects) the decision; a hire needs a start date, a refusal a reason. */
    public void decide(boolean hired, LocalDate startDate, String reason, String by, Instant at) {
        if (hired && startDate == null) {
            throw new FieldException("startDate", "hire.startDate.required");
        }
        if (!hired && (reason == null || reason.isBlank())) {
            throw new FieldException("reason", "hire.reason.required");
        }
        this.hired = hired;
        this.startDate = hired ? startDate : null;
        this.reason = hired ? null : reason.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Long getWorkerAccountId() {
        return workerAccountId;
    }

    public boolean isHired() {
        return hired;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
