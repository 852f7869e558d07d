package org.skillpass.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateTemplate;
import org.skillpass.certificate.domain.CertificateType;
import org.skillpass.certificate.domain.LevelNames;
import org.skillpass.certificate.infrastructure.CertificateStore;
import org.skillpass.certificate.infrastructure.PdfThreads;
import org.skillpass.certificate.infrastructure.SigningKeys;
import org.skillpass.certificate.infrastructure.pdf.CertificateContent;
import org.skillpass.certificate.infrastructure.pdf.CertificateRenderer;
import org.skillpass.certificate.infrastructure.pdf.PdfSigner;
import org.skillpass.certificate.infrastructure.pdf.TemplateLayout;
import org.skillpass.shared.domain.NotFoundException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders, signs and freezes a certificate's PDF, once. The row is locked while it happens, so two
 * requests never store two different PDFs for one certificate; once frozen, the stored bytes are
 * served as they are, whatever the templates do later.
 */
@ApplicationScoped
public class CertificatePdfs {

    private static final Map<String, String> ID_TYPES = Map.of("RESIDENT_ID", "居民身份证");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    CertificateStore store;

    @Inject
    SigningKeys keys;

    @Inject
    PdfThreads threads;

    /** This bean through its proxy, so {@link #freeze} gets its own transaction when called from here. */
    @Inject
    CertificatePdfs self;

    @Inject
    @ConfigProperty(name = "skillpass.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private final CertificateRenderer renderer = new CertificateRenderer();
    private final Map<Long, TemplateLayout> layouts = new ConcurrentHashMap<>();

    /** The verification address printed in the QR code. */
    public String verifyUrl(String number) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/?n=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /** Renders and stores the PDF unless it is frozen already; returns the certificate as stored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Certificate freeze(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException();
        }
        if (c.getPdfSha256() != null) {
            return c;
        }
        CertificateContent content = content(c);
        TemplateLayout layout = layout(c.getTemplateId());
        PdfSigner signer = keys.signer();
        Calendar at = GregorianCalendar.from(c.getCreatedAt().atZone(ZoneId.systemDefault()));
        String reason = c.getType().title() + " " + c.getNumber();
        String location = c.getIssuerName();
        // the signing time is the moment of issue, so a PDF rendered later says when it was issued
        byte[] pdf = threads.call(() -> signer.sign(renderer.render(content, layout), reason, location, at));
        String path = store.write(c.getNumber(), c.getIssuedOn(), pdf);
        c.frozenAs(path, CertificateStore.sha256(pdf), pdf.length);
        return c;
    }

    /** The frozen bytes, rendering them first for a certificate whose PDF could not be made at issue. */
    public byte[] bytes(Certificate c) {
        Certificate frozen = c.getPdfSha256() != null ? c : self.freeze(c.getId());
        return store.read(frozen.getPdfPath(), frozen.getPdfSha256());
    }

    CertificateContent content(Certificate c) {
        return new CertificateContent(c.getType(), c.getType().title(), c.getHolderName(),
                ID_TYPES.getOrDefault(c.getIdType(), c.getIdType()), c.getIdMasked(), null, c.getOccupationName(),
                c.getWorkType(), c.getType() == CertificateType.SKILL_LEVEL ? LevelNames.of(c.getLevel()) : null,
                c.getIssuerName(), c.getIssuedOn(), c.getNumber(), verifyUrl(c.getNumber()));
    }

    TemplateLayout layout(Long templateId) {
        return layouts.computeIfAbsent(templateId, id -> {
            CertificateTemplate t = em.find(CertificateTemplate.class, id);
            return TemplateLayout.parse(t.getName(), t.getVersion(), t.getSource());
        });
    }

    /** The active template of a type (certificate types, or {@link CertificateTemplate#TRANSCRIPT}). */
    public CertificateTemplate activeTemplate(String type) {
        List<CertificateTemplate> found = em.createQuery("select t from CertificateTemplate t where t.type = :t and t.active = true "
                + "order by t.version desc", CertificateTemplate.class).setParameter("t", type).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no active template for " + type);
        }
        return found.get(0);
    }

    public TemplateLayout activeLayout(String type) {
        CertificateTemplate t = activeTemplate(type);
        return layout(t.getId());
    }

    public SigningKeys keys() {
        return keys;
    }

    /** Runs pure PDF work (render, sign) on the PDF threads. */
    public <T> T onPdfThread(java.util.concurrent.Callable<T> job) {
        return threads.call(job);
    }
}
