package org.skillpass.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A learner present at one session, by QR scan or roll call. */
@Entity
@Table(name = "check_in")
public class CheckIn {

    public enum Method { QR, ROLL_CALL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "worker_account_id", nullable = false)
    private Long workerAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected CheckIn() {
    }

    public CheckIn(Long sessionId, Long classId, Long enrolmentId, Long workerAccountId, Method method, Instant at,
                   String recordedBy) {
        this.sessionId = sessionId;
        this.classId = classId;
        this.enrolmentId = enrolmentId;
        this.workerAccountId = workerAccountId;
        this.method = method;
        this.checkedInAt = at;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Long getWorkerAccountId() {
        return workerAccountId;
    }

    public Method getMethod() {
        return method;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
