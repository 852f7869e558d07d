package org.skillpass.certificate.domain;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An issued certificate. What is printed on it is copied here when it is issued (holder, occupation,
 * issuer), so later changes elsewhere never change it; its PDF is rendered once, signed and frozen in
 * the store (path and SHA-256 here). A certificate is VALID until revoked (who, when, why) or replaced
 * by a reissue, which is a new certificate pointing back at this one.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public enum Source { ASSESSMENT, CLASS, REISSUE, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateState state = CertificateState.VALID;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "origin_key")
    private String originKey;

    @Column(name = "worker_account_id", nullable = false)
    private Long workerAccountId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "id_type", nullable = false)
    private String idType;

    @Column(name = "id_masked", nullable = false)
    private String idMasked;

    @Column(name = "occupation_id")
    private Long occupationId;

    @Column(name = "occupation_code")
    private String occupationCode;

    @Column(name = "occupation_name", nullable = false)
    private String occupationName;

    @Column(name = "work_type", nullable = false)
    private String workType;

    private Integer level;

    @Column(name = "issuer_id", nullable = false)
    private Long issuerId;

    @Column(name = "issuer_name", nullable = false)
    private String issuerName;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "template_id")
    private Long templateId;

    @Column(name = "pdf_path")
    private String pdfPath;

    @Column(name = "pdf_sha256")
    private String pdfSha256;

    @Column(name = "pdf_size")
    private Integer pdfSize;

    @Column(name = "replaces_id")
    private Long replacesId;

    @Column(name = "replaced_by_id")
    private Long replacedById;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Certificate() {
    }

    /** What a certificate says about its holder, occupation and issuer. */
    public record Content(CertificateType type, long workerAccountId, String holderName, String idType, String idMasked,
                          Long occupationId, String occupationCode, String occupationName, String workType, Integer level,
                          long issuerId, String issuerName, String regionPath, LocalDate issuedOn) {
    }

    public Certificate(String number, Content c, Source source, String originKey, Long candidateId, Long enrolmentId,
                       Long classId, Long templateId, Instant now) {
        this.number = number;
        this.type = c.type();
        this.source = source;
        this.originKey = originKey;
        this.workerAccountId = c.workerAccountId();
        this.holderName = c.holderName();
        this.idType = c.idType();
        this.idMasked = c.idMasked();
        this.occupationId = c.occupationId();
        this.occupationCode = c.occupationCode();
        this.occupationName = c.occupationName();
        this.workType = c.workType() == null || c.workType().isBlank() ? "--" : c.workType();
        this.level = c.level();
        this.issuerId = c.issuerId();
        this.issuerName = c.issuerName();
        this.regionPath = c.regionPath();
        this.issuedOn = c.issuedOn();
        this.candidateId = candidateId;
        this.enrolmentId = enrolmentId;
        this.classId = classId;
        this.templateId = templateId;
        this.createdAt = now;
    }

    public Content content() {
        return new Content(type, workerAccountId, holderName, idType, idMasked, occupationId, occupationCode,
                occupationName, workType, level, issuerId, issuerName, regionPath, issuedOn);
    }

    /** The frozen PDF: stored once; a second store would mean the certificate changed after issue. */
    public void frozenAs(String path, String sha256, int size) {
        if (pdfSha256 != null) {
            throw new IllegalStateException("certificate " + number + " already has its PDF");
        }
        this.pdfPath = path;
        this.pdfSha256 = sha256;
        this.pdfSize = size;
    }

    public void revoke(String by, String reason, Instant at) {
        if (state != CertificateState.VALID) {
            throw new DomainException("certificate.notValid", number);
        }
        this.state = CertificateState.REVOKED;
        this.revokedBy = by;
        this.revokeReason = reason;
        this.revokedAt = at;
    }

    /** A reissue took its place; the replacement points back with {@code replacesId}. */
    public void replacedBy(long replacementId) {
        if (state != CertificateState.VALID) {
            throw new DomainException("certificate.notValid", number);
        }
        this.state = CertificateState.REPLACED;
        this.replacedById = replacementId;
    }

    public void replaces(long oldId) {
        this.replacesId = oldId;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("type", type.name());
        m.put("state", state.name());
        m.put("holderName", holderName);
        m.put("occupation", occupationName);
        m.put("level", level);
        m.put("issuedOn", String.valueOf(issuedOn));
        m.put("sha256", pdfSha256);
        m.put("replacedById", replacedById);
        m.put("revokeReason", revokeReason);
        return m;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public CertificateType getType() { return type; }
    public CertificateState getState() { return state; }
    public Source getSource() { return source; }
    public String getOriginKey() { return originKey; }
    public Long getWorkerAccountId() { return workerAccountId; }
    public String getHolderName() { return holderName; }
    public String getIdType() { return idType; }
    public String getIdMasked() { return idMasked; }
    public Long getOccupationId() { return occupationId; }
    public String getOccupationCode() { return occupationCode; }
    public String getOccupationName() { return occupationName; }
    public String getWorkType() { return workType; }
    public Integer getLevel() { return level; }
    public Long getIssuerId() { return issuerId; }
    public String getIssuerName() { return issuerName; }
    public String getRegionPath() { return regionPath; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public Long getCandidateId() { return candidateId; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Long getClassId() { return classId; }
    public Long getTemplateId() { return templateId; }
    public String getPdfPath() { return pdfPath; }
    public String getPdfSha256() { return pdfSha256; }
    public Integer getPdfSize() { return pdfSize; }
    public Long getReplacesId() { return replacesId; }
    public Long getReplacedById() { return replacedById; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public String getRevokeReason() { return revokeReason; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
