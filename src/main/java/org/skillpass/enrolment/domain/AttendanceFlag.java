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

/** A sign of attendance fraud, open until someone who reviewed it resolves it. */
@Entity
@Table(name = "attendance_flag")
public class AttendanceFlag {

    public enum Kind { OUTSIDE_SESSION, OVERLAP, SAME_SECOND, STUDENT, PENSIONER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "worker_account_id")
    private Long workerAccountId;

    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected AttendanceFlag() {
    }

    public AttendanceFlag(Kind kind, Long classId, Long institutionId, String regionPath, Long sessionId,
                          Long workerAccountId, String detail, Instant at) {
        this.kind = kind;
        this.classId = classId;
        this.institutionId = institutionId;
        this.regionPath = regionPath;
        this.sessionId = sessionId;
        this.workerAccountId = workerAccountId;
        this.detail = detail;
        this.createdAt = at;
    }

    public void resolve(String by, Instant at) {
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getWorkerAccountId() {
        return workerAccountId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
