package org.skillpass.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateNumber;
import org.skillpass.certificate.domain.CertificateState;
import org.skillpass.certificate.domain.CertificateType;
import org.skillpass.certificate.domain.LevelNames;
import org.skillpass.certificate.infrastructure.CertificateStore;
import org.skillpass.certificate.infrastructure.pdf.PdfSignatureCheck;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Public verification (no login): by number or QR link, and by uploading a PDF. Shows validity and
 * masked holder data only — never the full name or any ID number.
 */
@ApplicationScoped
public class VerificationService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    CertificatePdfs pdfs;

    /** What anyone may know of a certificate. */
    public record Verification(String number, String type, CertificateState state, String replacementNumber,
                               String holder, String occupation, String level, String issuer, LocalDate issuedOn,
                               LocalDate revokedOn) {
    }

    public Verification verify(String number) {
        String n = number == null ? "" : number.strip().toUpperCase();
        if (!CertificateNumber.isValid(n)) {
            throw new DomainException("verify.number.invalid");
        }
        // only the shown fields, read as values: no entity built or put into the shared cache for a lookup that
        // anyone may repeat at thousands a second over a million certificates
        List<Object[]> found = em.createQuery("select c.number, c.type, c.state, c.replacedById, c.holderName, c.occupationName, "
                        + "c.level, c.issuerName, c.issuedOn, c.revokedAt from Certificate c where c.number = :n", Object[].class)
                .setParameter("n", n).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("verify.notFound");
        }
        Object[] r = found.get(0);
        return verification((String) r[0], (CertificateType) r[1], (CertificateState) r[2], (Long) r[3], (String) r[4],
                (String) r[5], (Integer) r[6], (String) r[7], (LocalDate) r[8], (Instant) r[9]);
    }

    Verification view(Certificate c) {
        return verification(c.getNumber(), c.getType(), c.getState(), c.getReplacedById(), c.getHolderName(),
                c.getOccupationName(), c.getLevel(), c.getIssuerName(), c.getIssuedOn(), c.getRevokedAt());
    }

    /** What anyone may see of a certificate: the holder's name masked, the replacement by its number. */
    private Verification verification(String number, CertificateType type, CertificateState state, Long replacedById,
                                      String holderName, String occupation, Integer level, String issuer, LocalDate issuedOn,
                                      Instant revokedAt) {
        String replacement = replacedById == null ? null : em.createQuery("select c.number from Certificate c where c.id = :id",
                String.class).setParameter("id", replacedById).getResultList().stream().findFirst().orElse(null);
        return new Verification(number, type.name(), state, replacement, Text.maskName(holderName), occupation,
                LevelNames.of(level), issuer, issuedOn, revokedAt == null ? null : LocalDate.ofInstant(revokedAt, ZoneId.systemDefault()));
    }

    /** The outcome of checking an uploaded PDF. */
    public enum UploadOutcome {
        /** Byte for byte the PDF SkillPass issued (its SHA-256 is the stored one). */
        ORIGINAL,
        /** Signed by SkillPass and unchanged since, but not a stored certificate (e.g. a transcript). */
        GENUINE_DOCUMENT,
        /** Carries a signature, but the signed bytes were changed or it was signed by someone else. */
        ALTERED,
        /** No signature at all. */
        NOT_SIGNED
    }

    public record UploadCheck(UploadOutcome outcome, Verification certificate) {
    }

    public UploadCheck checkUpload(byte[] pdf) {
        List<Certificate> same = em.createQuery("select c from Certificate c where c.pdfSha256 = :h", Certificate.class)
                .setParameter("h", CertificateStore.sha256(pdf)).getResultList();
        PdfSignatureCheck.Result sig = PdfSignatureCheck.check(pdf);
        if (!same.isEmpty() && sig.intact()) {
            return new UploadCheck(UploadOutcome.ORIGINAL, view(same.get(0)));
        }
        if (!sig.signed()) {
            return new UploadCheck(UploadOutcome.NOT_SIGNED, null);
        }
        boolean ours = sig.signer() != null && sig.signer().equals(pdfs.keys().key().chain()[0]);
        return new UploadCheck(sig.intact() && ours ? UploadOutcome.GENUINE_DOCUMENT : UploadOutcome.ALTERED, null);
    }
}
