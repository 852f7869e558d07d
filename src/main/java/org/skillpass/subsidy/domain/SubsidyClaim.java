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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A subsidy claim and its way through the workflow ({@link ClaimState}): created as a DRAFT with what it
 * rests on (certificate, enrolment, candidate) and its amount; SUBMITTED once the eligibility rules
 * passed; decided by an HR officer; published in a notice (公示); PAYABLE when the notice is over without
 * an open objection; PAID from the bank's confirmation; RECOVERED (追回) with amount and reason.
 *
 * <p>{@code @Version}: two officers deciding the same claim cannot overwrite each other — the second
 * update finds a newer version and fails. Set-based changes (batch approval, notices, payment batches)
 * raise the version in SQL for the same reason.
 */
@Entity
@Table(name = "subsidy_claim")
public class SubsidyClaim {

    /** Claim references printed on notices and payment files: BT + 8 digits of the id. */
    public static final String REFERENCE_PREFIX = "BT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimState state = ClaimState.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_type", nullable = false)
    private PayeeType payeeType;

    @Column(name = "payee_organisation_id")
    private Long payeeOrganisationId;

    @Column(name = "worker_account_id", nullable = false)
    private Long workerAccountId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "certificate_id")
    private Long certificateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_kind")
    private CertificateKind certificateKind;

    @Column(name = "occupation_id")
    private Long occupationId;

    @Column(name = "occupation_code")
    private String occupationCode;

    private Integer level;

    private String category;

    @Column(name = "learner_status")
    private String learnerStatus;

    private Integer units;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "amount_explanation")
    private String amountExplanation;

    @Column(name = "rule_results")
    private String ruleResults;

    @Column(name = "claim_year")
    private Integer claimYear;

    @Column(name = "results_plan_id")
    private Long resultsPlanId;

    @Enumerated(EnumType.STRING)
    private Milestone milestone;

    @Column(name = "results_group")
    private String resultsGroup;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "filed_by")
    private Long filedBy;

    @Column(name = "filed_by_name", nullable = false)
    private String filedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "review_started_at")
    private Instant reviewStartedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(name = "notice_id")
    private Long noticeId;

    @Column(name = "payable_at")
    private Instant payableAt;

    @Column(name = "payment_batch_id")
    private Long paymentBatchId;

    @Column(name = "payment_note")
    private String paymentNote;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "recovered_at")
    private Instant recoveredAt;

    @Column(name = "recovered_amount", precision = 10, scale = 2)
    private BigDecimal recoveredAmount;

    @Column(name = "recovery_reason")
    private String recoveryReason;

    @Version
    private long version;

    protected SubsidyClaim() {
    }

    /** What a new claim rests on and who files it; the service fills it from the database's facts. */
    public record Draft(ClaimType type, PayeeType payeeType, Long payeeOrganisationId, long workerAccountId,
                        String regionCode, String regionPath, Long organisationId, Long classId, Long enrolmentId,
                        Long candidateId, Long certificateId, CertificateKind certificateKind, Long occupationId,
                        String occupationCode, Integer level, String category, String learnerStatus, Integer units,
                        Long resultsPlanId, Milestone milestone, String resultsGroup, Long agreementId) {
        public Draft {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(payeeType, "payeeType");
            Objects.requireNonNull(regionCode, "regionCode");
            Objects.requireNonNull(regionPath, "regionPath");
            if ((payeeType == PayeeType.LEARNER) != (payeeOrganisationId == null)) {
                throw new IllegalArgumentException("an organisation is paid exactly when the payee is not the learner");
            }
        }
    }

    public SubsidyClaim(Draft d, Amount amount, String amountExplanation, Long filedBy, String filedByName, Instant at) {
        this.type = d.type();
        this.payeeType = d.payeeType();
        this.payeeOrganisationId = d.payeeOrganisationId();
        this.workerAccountId = d.workerAccountId();
        this.regionCode = d.regionCode();
        this.regionPath = d.regionPath();
        this.organisationId = d.organisationId();
        this.classId = d.classId();
        this.enrolmentId = d.enrolmentId();
        this.candidateId = d.candidateId();
        this.certificateId = d.certificateId();
        this.certificateKind = d.certificateKind();
        this.occupationId = d.occupationId();
        this.occupationCode = d.occupationCode();
        this.level = d.level();
        this.category = d.category();
        this.learnerStatus = d.learnerStatus();
        this.units = d.units();
        this.resultsPlanId = d.resultsPlanId();
        this.milestone = d.milestone();
        this.resultsGroup = d.resultsGroup();
        this.agreementId = d.agreementId();
        this.amount = Yuan.of(amount.value());
        this.amountExplanation = amountExplanation;
        this.filedBy = filedBy;
        this.filedByName = filedByName;
        this.createdAt = at;
    }

    /** DRAFT → SUBMITTED: the rules passed (their results are kept as shown) in the calendar year given. */
    public void submit(Instant at, int year, String ruleResultsJson) {
        state.requireMoveTo(ClaimState.SUBMITTED);
        state = ClaimState.SUBMITTED;
        submittedAt = at;
        claimYear = year;
        ruleResults = ruleResultsJson;
    }

    /** A draft's last check, kept so the applicant sees why it cannot be submitted yet. */
    public void checked(String ruleResultsJson) {
        if (state != ClaimState.DRAFT) {
            throw new DomainException("subsidy.state.illegal", state, ClaimState.SUBMITTED);
        }
        ruleResults = ruleResultsJson;
    }

    public void startReview(Instant at) {
        state.requireMoveTo(ClaimState.UNDER_REVIEW);
        state = ClaimState.UNDER_REVIEW;
        reviewStartedAt = at;
    }

    public void approve(Instant at, String by) {
        state.requireMoveTo(ClaimState.APPROVED);
        state = ClaimState.APPROVED;
        decidedAt = at;
        decidedBy = by;
    }

    public void reject(Instant at, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "subsidy.reason.required");
        }
        state.requireMoveTo(ClaimState.REJECTED);
        state = ClaimState.REJECTED;
        decidedAt = at;
        decidedBy = by;
        rejectReason = reason.strip();
    }

    /**
     * RECOVERED (追回): a paid claim gives back more than 0 and at most its amount; a claim not paid yet
     * is withdrawn with 0; a claim in an exported payment batch waits for the bank's answer first.
     */
    public void recover(Instant at, String by, BigDecimal recovered, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "subsidy.reason.required");
        }
        state.requireMoveTo(ClaimState.RECOVERED);
        BigDecimal value = recovered == null ? Yuan.ZERO : Yuan.of(recovered);
        if (state == ClaimState.PAID) {
            if (value.signum() <= 0 || value.compareTo(amount) > 0) {
                throw new FieldException("amount", "subsidy.recover.amount", amount);
            }
        } else if (value.signum() != 0) {
            throw new FieldException("amount", "subsidy.recover.notPaid");
        }
        if (state == ClaimState.PAYABLE && paymentBatchId != null) {
            throw new DomainException("subsidy.recover.inPayment");
        }
        state = ClaimState.RECOVERED;
        recoveredAt = at;
        recoveredAmount = value;
        recoveryReason = reason.strip();
        decidedBy = by;
    }

    public String reference() {
        return reference(id);
    }

    public static String reference(long id) {
        return String.format("%s%08d", REFERENCE_PREFIX, id);
    }

    /** The id in a reference such as "BT00000123" (letters in any case, spaces ignored); null when it is none. */
    public static Long idOf(String reference) {
        if (reference == null) {
            return null;
        }
        String r = reference.strip().toUpperCase();
        if (!r.matches("^" + REFERENCE_PREFIX + "\\d{8,12}$")) {
            return null;
        }
        return Long.parseLong(r.substring(REFERENCE_PREFIX.length()));
    }

    /** For the audit log: the state and what changes with it. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state.name());
        m.put("version", version);
        m.put("type", type.name());
        m.put("payee", payeeType.name());
        m.put("amount", amount);
        m.put("decidedBy", decidedBy);
        m.put("rejectReason", rejectReason);
        m.put("noticeId", noticeId);
        m.put("paymentBatchId", paymentBatchId);
        m.put("recoveredAmount", recoveredAmount);
        m.put("recoveryReason", recoveryReason);
        return m;
    }

    public Long getId() { return id; }
    public ClaimType getType() { return type; }
    public ClaimState getState() { return state; }
    public PayeeType getPayeeType() { return payeeType; }
    public Long getPayeeOrganisationId() { return payeeOrganisationId; }
    public Long getWorkerAccountId() { return workerAccountId; }
    public String getRegionCode() { return regionCode; }
    public String getRegionPath() { return regionPath; }
    public Long getOrganisationId() { return organisationId; }
    public Long getClassId() { return classId; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Long getCandidateId() { return candidateId; }
    public Long getCertificateId() { return certificateId; }
    public CertificateKind getCertificateKind() { return certificateKind; }
    public Long getOccupationId() { return occupationId; }
    public String getOccupationCode() { return occupationCode; }
    public Integer getLevel() { return level; }
    public String getCategory() { return category; }
    public String getLearnerStatus() { return learnerStatus; }
    public Integer getUnits() { return units; }
    public BigDecimal getAmount() { return amount; }
    public String getAmountExplanation() { return amountExplanation; }
    public String getRuleResults() { return ruleResults; }
    public Integer getClaimYear() { return claimYear; }
    public Long getResultsPlanId() { return resultsPlanId; }
    public Milestone getMilestone() { return milestone; }
    public String getResultsGroup() { return resultsGroup; }
    public Long getAgreementId() { return agreementId; }
    public Long getFiledBy() { return filedBy; }
    public String getFiledByName() { return filedByName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReviewStartedAt() { return reviewStartedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getRejectReason() { return rejectReason; }
    public Long getNoticeId() { return noticeId; }
    public Instant getPayableAt() { return payableAt; }
    public Long getPaymentBatchId() { return paymentBatchId; }
    public String getPaymentNote() { return paymentNote; }
    public Instant getPaidAt() { return paidAt; }
    public Instant getRecoveredAt() { return recoveredAt; }
    public BigDecimal getRecoveredAmount() { return recoveredAmount; }
    public String getRecoveryReason() { return recoveryReason; }
    public long getVersion() { return version; }
}
