package org.skillpass.certificate.infrastructure.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a learner's transcript (终身职业技能培训档案) shows, already gathered and formatted by the caller:
 * texts such as states and level names are printed as given. Null lists mean none; {@code verifyUrl} null
 * means no QR code.
 */
public record TranscriptContent(String holderName, String maskedIdNumber, LocalDate generatedOn, String issuerLine,
        String verifyUrl, List<ClassRow> classes, List<AssessmentRow> assessments,
        List<CertificateRow> certificates, List<SubsidyRow> subsidies, BigDecimal totalCredits) {

    /** One class attended: hours planned and attended, its state (e.g. 已结业) and credits earned. */
    public record ClassRow(String className, String occupation, String institution, LocalDate start, LocalDate end,
            BigDecimal plannedHours, BigDecimal attendedHours, String state, BigDecimal credits) {
    }

    /** One assessment taken: scores may be null when a part was not sat. */
    public record AssessmentRow(String occupation, String levelText, LocalDate date, BigDecimal theory,
            BigDecimal practical, String result) {
    }

    /** One certificate held; status e.g. 有效 / 已撤销. */
    public record CertificateRow(String number, String title, String occupation, String levelText, LocalDate issued,
            String status) {
    }

    /** One subsidy claim; amount in yuan. */
    public record SubsidyRow(String type, BigDecimal amount, String state, LocalDate date) {
    }

    public TranscriptContent {
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        Objects.requireNonNull(generatedOn, "generatedOn");
        issuerLine = issuerLine == null ? "" : issuerLine;
        classes = classes == null ? List.of() : List.copyOf(classes);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        subsidies = subsidies == null ? List.of() : List.copyOf(subsidies);
        totalCredits = totalCredits == null ? BigDecimal.ZERO : totalCredits;
    }
}
