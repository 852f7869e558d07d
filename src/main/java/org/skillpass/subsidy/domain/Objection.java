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
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;

import java.time.Instant;

/**
 * An objection to a public notice, filed by anyone without signing in. It names one claim of the notice
 * or none (then it concerns the whole notice). While OPEN it holds back from payment the claim it names,
 * or every claim of the notice. An officer DISMISSES it or UPHOLDS it (the named claim is then recovered).
 */
@Entity
@Table(name = "subsidy_objection")
public class Objection {

    public enum State { OPEN, DISMISSED, UPHELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

    @Column(name = "claim_id")
    private Long claimId;

    @Column(name = "objector_name")
    private String objectorName;

    private String contact;

    @Column(nullable = false)
    private String text;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "client_address")
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.OPEN;

    private String resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected Objection() {
    }

    public Objection(long noticeId, Long claimId, String objectorName, String contact, String text, String clientAddress,
                     Instant at) {
        this.noticeId = noticeId;
        this.claimId = claimId;
        this.objectorName = objectorName;
        this.contact = contact;
        this.text = text;
        this.clientAddress = clientAddress;
        this.filedAt = at;
    }

    public void resolve(boolean upheld, String resolution, String by, Instant at) {
        if (state != State.OPEN) {
            throw new DomainException("subsidy.objection.resolved");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new FieldException("resolution", "subsidy.reason.required");
        }
        this.state = upheld ? State.UPHELD : State.DISMISSED;
        this.resolution = resolution.strip();
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long getId() { return id; }
    public Long getNoticeId() { return noticeId; }
    public Long getClaimId() { return claimId; }
    public String getObjectorName() { return objectorName; }
    public String getContact() { return contact; }
    public String getText() { return text; }
    public Instant getFiledAt() { return filedAt; }
    public String getClientAddress() { return clientAddress; }
    public State getState() { return state; }
    public String getResolution() { return resolution; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public long getVersion() { return version; }
}
