package org.skillpass.certificate.infrastructure.pdf;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

import org.skillpass.certificate.domain.CertificateType;

/**
 * What one certificate page shows, already formatted by the caller (masked ID, level text such as
 * "四级/中级工"). {@code workType} is "--" when the occupation has no 工种; {@code levelText} may be null
 * where the type has no level (training completion, usually special ability); {@code photo} is JPEG or
 * PNG bytes, or null for no photo.
 */
public record CertificateContent(CertificateType type, String title, String holderName, String idType,
        String maskedIdNumber, byte[] photo, String occupation, String workType, String levelText, String issuer,
        LocalDate issueDate, String number, String verifyUrl) {

    public static final String NO_WORK_TYPE = "--";

    public CertificateContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
        if (type == CertificateType.SKILL_LEVEL && (levelText == null || levelText.isBlank())) {
            throw new IllegalArgumentException("a skill-level certificate needs its level text");
        }
        workType = workType == null || workType.isBlank() ? NO_WORK_TYPE : workType;
        photo = photo == null || photo.length == 0 ? null : photo.clone();
    }

    /** A copy, so the record stays immutable. */
    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    boolean hasPhoto() {
        return photo != null;
    }

    /** The photo bytes without copying, for drawing only. */
    byte[] photoBytes() {
        return photo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateContent c && type == c.type && title.equals(c.title)
                && holderName.equals(c.holderName) && idType.equals(c.idType)
                && maskedIdNumber.equals(c.maskedIdNumber) && Arrays.equals(photo, c.photo)
                && occupation.equals(c.occupation) && workType.equals(c.workType)
                && Objects.equals(levelText, c.levelText) && issuer.equals(c.issuer)
                && issueDate.equals(c.issueDate) && number.equals(c.number) && verifyUrl.equals(c.verifyUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, holderName, idType, maskedIdNumber, Arrays.hashCode(photo), occupation,
                workType, levelText, issuer, issueDate, number, verifyUrl);
    }

    @Override
    public String toString() {
        return "CertificateContent[" + type + " " + number + " " + maskedIdNumber + " " + occupation + " "
                + levelText + " " + issueDate + (photo == null ? "" : " photo " + photo.length + " bytes") + "]";
    }
}
