package org.skillpass.subsidy.domain;

import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.domain.LearnerStatus;
import org.skillpass.shared.domain.Gender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the eligibility rules look at, as plain values gathered by the service from the other
 * contexts. Only type, claim date, payee and settings are required; a rule that needs a missing fact
 * refuses with a "not known" message rather than guessing.
 *
 * @param claimType              what is claimed
 * @param claimDate              the day the claim is made (submitted); R1's year and R4's window use it
 * @param payeeType              who is paid
 * @param occupationCode         occupation (or 专项 item) the claim is for
 * @param level                  skill level 5 (五级) … 1 (一级), null when the certificate has none
 * @param certificateKind        the certificate the claim rests on, null if none
 * @param certificateIssued      its issue date, null if none
 * @param firstAssessmentAttempt the certificate came from the person's first attempt at this occupation and level
 * @param priorClaims            the person's other claims, <b>excluding this one</b> (when re-checking a
 *                               submitted claim the service must leave it out, or it counts against itself)
 * @param plannedHours           class hours of the training
 * @param attendedHours          hours the learner attended
 * @param trainingStart          first day of the training
 * @param trainingEnd            last day of the training
 * @param birthDate              the learner's birth date (from the ID number)
 * @param gender                 the learner's gender (from the ID number)
 * @param category               the learner's category at the time of training
 * @param status                 what the learner declared about their situation at the time of training
 * @param agreementOnFile        the learner's signed 代为申请 agreement is on file (needed when payee ≠ learner)
 * @param orderTraining          the training is pre-job / order training (订单式, 岗前) for the paying employer
 * @param settings               the region's settings in force
 */
public record ClaimFacts(ClaimType claimType, LocalDate claimDate, PayeeType payeeType, String occupationCode,
                         Integer level, CertificateKind certificateKind, LocalDate certificateIssued,
                         boolean firstAssessmentAttempt, List<PriorClaim> priorClaims,
                         BigDecimal plannedHours, BigDecimal attendedHours,
                         LocalDate trainingStart, LocalDate trainingEnd, LocalDate birthDate, Gender gender,
                         LearnerCategory category, LearnerStatus status, boolean agreementOnFile,
                         boolean orderTraining, SubsidySettings settings) {

    public ClaimFacts {
        Objects.requireNonNull(claimType, "claimType");
        Objects.requireNonNull(claimDate, "claimDate");
        Objects.requireNonNull(payeeType, "payeeType");
        Objects.requireNonNull(settings, "settings");
        priorClaims = priorClaims == null ? List.of() : List.copyOf(priorClaims);
    }

    /**
     * The day the person's age and category are judged on (R6: "at the time of training"): the training
     * start; for a claim without training (an assessment taken on its own) the certificate's issue date;
     * failing both, the claim date.
     */
    public LocalDate judgedOn() {
        if (trainingStart != null) {
            return trainingStart;
        }
        return certificateIssued != null ? certificateIssued : claimDate;
    }

    public static Builder builder(ClaimType claimType, LocalDate claimDate, PayeeType payeeType) {
        return new Builder(claimType, claimDate, payeeType);
    }

    /** Twenty facts are too many for one constructor call to stay readable; settings default to DOMAIN.md's. */
    public static final class Builder {
        private final ClaimType claimType;
        private final LocalDate claimDate;
        private PayeeType payeeType;
        private String occupationCode;
        private Integer level;
        private CertificateKind certificateKind;
        private LocalDate certificateIssued;
        private boolean firstAssessmentAttempt;
        private List<PriorClaim> priorClaims = List.of();
        private BigDecimal plannedHours;
        private BigDecimal attendedHours;
        private LocalDate trainingStart;
        private LocalDate trainingEnd;
        private LocalDate birthDate;
        private Gender gender;
        private LearnerCategory category;
        private LearnerStatus status;
        private boolean agreementOnFile;
        private boolean orderTraining;
        private SubsidySettings settings = SubsidySettings.DEFAULTS;

        private Builder(ClaimType claimType, LocalDate claimDate, PayeeType payeeType) {
            this.claimType = claimType;
            this.claimDate = claimDate;
            this.payeeType = payeeType;
        }

        public Builder payee(PayeeType payeeType) {
            this.payeeType = payeeType;
            return this;
        }

        public Builder occupation(String occupationCode, Integer level) {
            this.occupationCode = occupationCode;
            this.level = level;
            return this;
        }

        public Builder certificate(CertificateKind kind, LocalDate issued, boolean firstAssessmentAttempt) {
            this.certificateKind = kind;
            this.certificateIssued = issued;
            this.firstAssessmentAttempt = firstAssessmentAttempt;
            return this;
        }

        public Builder priorClaims(List<PriorClaim> priorClaims) {
            this.priorClaims = priorClaims;
            return this;
        }

        public Builder attendance(BigDecimal plannedHours, BigDecimal attendedHours) {
            this.plannedHours = plannedHours;
            this.attendedHours = attendedHours;
            return this;
        }

        public Builder training(LocalDate start, LocalDate end) {
            this.trainingStart = start;
            this.trainingEnd = end;
            return this;
        }

        public Builder person(LocalDate birthDate, Gender gender, LearnerCategory category, LearnerStatus status) {
            this.birthDate = birthDate;
            this.gender = gender;
            this.category = category;
            this.status = status;
            return this;
        }

        public Builder agreementOnFile(boolean agreementOnFile) {
            this.agreementOnFile = agreementOnFile;
            return this;
        }

        public Builder orderTraining(boolean orderTraining) {
            this.orderTraining = orderTraining;
            return this;
        }

        public Builder settings(SubsidySettings settings) {
            this.settings = settings;
            return this;
        }

        public ClaimFacts build() {
            return new ClaimFacts(claimType, claimDate, payeeType, occupationCode, level, certificateKind,
                    certificateIssued, firstAssessmentAttempt, priorClaims, plannedHours, attendedHours,
                    trainingStart, trainingEnd, birthDate, gender, category, status, agreementOnFile,
                    orderTraining, settings);
        }
    }
}
