package org.skillpass.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An institution's "issue the whole class" run, done in the background; the page shows its progress. */
@Entity
@Table(name = "certificate_batch")
public class CertificateBatch {

    public enum State { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "issuer_id", nullable = false)
    private Long issuerId;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Column(name = "requested_by", nullable = false)
    private Long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.RUNNING;

    private int total;
    private int issued;
    private int skipped;
    private int failed;
    private String problem;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected CertificateBatch() {
    }

    public CertificateBatch(long classId, long issuerId, String regionPath, long requestedBy, int total, Instant now) {
        this.classId = classId;
        this.issuerId = issuerId;
        this.regionPath = regionPath;
        this.requestedBy = requestedBy;
        this.total = total;
        this.startedAt = now;
    }

    /** Percent done for the progress bar. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, (issued + skipped + failed) * 100L / total);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public Long getId() { return id; }
    public Long getClassId() { return classId; }
    public Long getIssuerId() { return issuerId; }
    public String getRegionPath() { return regionPath; }
    public Long getRequestedBy() { return requestedBy; }
    public State getState() { return state; }
    public int getTotal() { return total; }
    public int getIssued() { return issued; }
    public int getSkipped() { return skipped; }
    public int getFailed() { return failed; }
    public String getProblem() { return problem; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
