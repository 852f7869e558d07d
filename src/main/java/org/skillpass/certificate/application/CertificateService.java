package org.skillpass.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import org.skillpass.assessment.application.AssessmentPassed;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateNumber;
import org.skillpass.certificate.domain.CertificateState;
import org.skillpass.certificate.domain.CertificateType;
import org.skillpass.certificate.infrastructure.CertificateFacts;
import org.skillpass.certificate.infrastructure.CertificateFacts.Facts;
import org.skillpass.certificate.infrastructure.CertificateFacts.Issuer;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issues certificates and changes their state. A locked assessment pass issues the skill-level
 * certificate in the locking transaction (idempotent: one certificate per candidate result, however
 * often the pass is announced); an institution issues a completed class's certificates in a batch.
 * Numbers come from per-series serials taken under a row lock, so they have no gaps and no
 * duplicates. Every issue, revocation and reissue is audited.
 */
@ApplicationScoped
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    CertificateFacts facts;

    @Inject
    CertificatePdfs pdfs;

    @Inject
    AuditLog audit;

    @Inject
    Event<CertificateIssued> issuedEvent;

    @Inject
    CertificateWorkers workers;

    @Inject
    Event<CertificateRevoked> revokedEvent;

    /** A final pass issues the certificate at once, in the transaction that made the pass final. */
    void onPassed(@Observes AssessmentPassed passed) {
        em.flush(); // the lock or correction that fired the event is visible to the facts query
        issueForCandidate(Caller.system(), passed.candidateId());
    }

    /**
     * After the issuing transaction commits: render, sign and freeze the PDF on a worker bean's thread (not
     * in the commit's own callback, where no new transaction can start cleanly). A failure leaves the PDF
     * to the first download, which renders it.
     */
    void afterIssue(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued issued) {
        if (issued.renderInBackground()) {
            workers.freeze(issued.certificateId());
        }
    }

    /** Renders and stores the PDF now; false (logged) when it could not be made. */
    public boolean freezeQuietly(long certificateId) {
        try {
            pdfs.freeze(certificateId);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PDF of certificate " + certificateId + " not made now; it is made on first download", e);
            return false;
        }
    }

    /** The skill-level certificate of a candidate's final pass; the existing one when it was issued before. */
    @Transactional
    public Certificate issueForCandidate(Caller caller, long candidateId) {
        String origin = "candidate:" + candidateId;
        Optional<Certificate> existing = byOrigin(origin);
        if (existing.isPresent()) {
            return existing.get();
        }
        Facts f = facts.passedCandidate(candidateId, LocalDate.now())
                .orElseThrow(() -> new DomainException("certificate.noFinalPass"));
        return issue(caller, f.content(), f.issuer(), Certificate.Source.ASSESSMENT, origin, candidateId, f.enrolmentId(), f.classId(),
                true);
    }

    /**
     * The training-completion (or special-ability) certificate of a class's learner, in its own
     * transaction; empty when the learner has one already.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Certificate> issueForEnrolment(Caller caller, long enrolmentId) {
        String origin = "enrolment:" + enrolmentId;
        if (byOrigin(origin).isPresent()) {
            return Optional.empty();
        }
        Facts f = facts.enrolment(enrolmentId);
        return Optional.of(issue(caller, f.content(), f.issuer(), Certificate.Source.CLASS, origin, null, enrolmentId, f.classId(),
                false));
    }

    private Certificate issue(Caller caller, Certificate.Content content, Issuer issuer, Certificate.Source source,
                              String origin, Long candidateId, Long enrolmentId, Long classId, boolean renderInBackground) {
        String number = nextNumber(content.type(), issuer, content.level(), content.issuedOn());
        long templateId = pdfs.activeTemplate(content.type().name()).getId();
        Certificate c = new Certificate(number, content, source, origin, candidateId, enrolmentId, classId, templateId, Instant.now());
        em.persist(c);
        em.flush();
        audit.record(caller, "CERTIFICATE_ISSUED", "Certificate", c.getId(), scope(c), null, null, c.snapshot());
        issuedEvent.fire(new CertificateIssued(c.getId(), renderInBackground));
        return c;
    }

    /**
     * The next number of the issuer's series. The serial row is created or incremented with one
     * statement that takes its exclusive lock, held until this transaction ends: concurrent issuers of
     * one series queue there, and a rollback gives the serial back.
     */
    String nextNumber(CertificateType type, Issuer issuer, Integer level, LocalDate issuedOn) {
        String bodyCode = issuer.bodyCode() != null ? issuer.bodyCode() : String.format("%04d", issuer.id() % 10000);
        String site = issuer.siteCode() != null ? issuer.siteCode() : "000001";
        int year = issuedOn.getYear() % 100;
        String series = type == CertificateType.SKILL_LEVEL
                ? CertificateNumber.skillLevelSeries(issuer.bodyTypeLetter(), bodyCode, issuer.province(), site, year, level)
                : CertificateNumber.otherSeries(type, bodyCode, issuer.province(), year);
        em.createNativeQuery("INSERT INTO certificate_serial (series, last_serial) VALUES (?, 1) "
                + "ON DUPLICATE KEY UPDATE last_serial = last_serial + 1").setParameter(1, series).executeUpdate();
        int serial = ((Number) em.createNativeQuery("SELECT last_serial FROM certificate_serial WHERE series = ?")
                .setParameter(1, series).getSingleResult()).intValue();
        CertificateNumber n = type == CertificateType.SKILL_LEVEL
                ? CertificateNumber.skillLevel(issuer.bodyTypeLetter(), bodyCode, issuer.province(), site, year, level, serial)
                : CertificateNumber.other(type, bodyCode, issuer.province(), year, serial);
        return n.value();
    }

    /** Revokes a valid certificate: who, when and why are recorded and the verify page says REVOKED. */
    @Transactional
    public Certificate revoke(Caller caller, long certificateId, String reason) {
        Certificate c = forChange(caller, certificateId);
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "certificate.reason.required");
        }
        var before = c.snapshot();
        c.revoke(caller.username(), reason.strip(), Instant.now());
        audit.record(caller, "CERTIFICATE_REVOKED", "Certificate", c.getId(), scope(c), reason.strip(), before, c.snapshot());
        em.flush();
        revokedEvent.fire(new CertificateRevoked(c.getId()));
        return c;
    }

    /**
     * Reissues a valid certificate (e.g. after the holder's name was corrected): a new certificate with a
     * new number and the holder's current data replaces it; the old one says REPLACED and names the new.
     */
    @Transactional
    public Certificate reissue(Caller caller, long certificateId, String reason) {
        Certificate old = forChange(caller, certificateId);
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "certificate.reason.required");
        }
        if (old.getState() != CertificateState.VALID) {
            throw new DomainException("certificate.notValid", old.getNumber());
        }
        CertificateFacts.Holder holder = facts.holder(old.getWorkerAccountId());
        Certificate.Content was = old.content();
        Certificate.Content now = new Certificate.Content(was.type(), was.workerAccountId(), holder.name(), holder.idType(),
                holder.idMasked(), was.occupationId(), was.occupationCode(), was.occupationName(), was.workType(), was.level(),
                was.issuerId(), was.issuerName(), was.regionPath(), LocalDate.now());
        var before = old.snapshot();
        Certificate replacement = issue(caller, now, facts.issuer(old.getIssuerId()), Certificate.Source.REISSUE, null,
                old.getCandidateId(), old.getEnrolmentId(), old.getClassId(), true);
        replacement.replaces(old.getId());
        old.replacedBy(replacement.getId());
        audit.record(caller, "CERTIFICATE_REPLACED", "Certificate", old.getId(), scope(old), reason.strip(), before, old.snapshot());
        return replacement;
    }

    /** Issuer staff (institution or assessment body), HR officers of its region, admins. */
    private Certificate forChange(Caller caller, long certificateId) {
        caller.require(Role.INSTITUTION_STAFF, Role.ASSESSOR, Role.HR_OFFICER, Role.ADMIN);
        Certificate c = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !caller.covers(c.getIssuerId(), c.getRegionPath())) {
            throw new NotFoundException();
        }
        return c;
    }

    /** One certificate for its holder, its issuer's staff, HR officers of its region and admins. */
    public Certificate find(Caller caller, long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null || !mayRead(caller, c)) {
            throw new NotFoundException();
        }
        return c;
    }

    private static boolean mayRead(Caller caller, Certificate c) {
        if (caller.accountId() != null && caller.accountId().equals(c.getWorkerAccountId())) {
            return true;
        }
        return (caller.has(Role.INSTITUTION_STAFF) || caller.has(Role.ASSESSOR) || caller.has(Role.HR_OFFICER) || caller.isAdmin())
                && caller.covers(c.getIssuerId(), c.getRegionPath());
    }

    /** The PDF as issued (frozen bytes). */
    public byte[] pdf(Caller caller, long certificateId) {
        return pdfs.bytes(find(caller, certificateId));
    }

    public Certificate byNumber(String number) {
        List<Certificate> found = em.createQuery("select c from Certificate c where c.number = :n", Certificate.class)
                .setParameter("n", number).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    public Optional<Certificate> byId(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    private Optional<Certificate> byOrigin(String origin) {
        return em.createQuery("select c from Certificate c where c.originKey = :o", Certificate.class)
                .setParameter("o", origin).getResultList().stream().findFirst();
    }

    /** The worker's own certificates, newest first. */
    public Page<Certificate> mine(Caller caller, PageRequest request) {
        caller.require(Role.WORKER);
        return JpaPaging.page(em, Certificate.class, request, Set.of("issuedOn", "number"), "issuedOn", false,
                (cb, root) -> List.of(cb.equal(root.get("workerAccountId"), caller.accountId())));
    }

    /**
     * Certificates in the caller's scope (the issuer's own, an HR officer's region), filterable by
     * {@code number}, {@code holder} (part of the name), {@code classId} and {@code state}.
     */
    public Page<Certificate> issued(Caller caller, PageRequest request) {
        caller.require(Role.INSTITUTION_STAFF, Role.ASSESSOR, Role.HR_OFFICER, Role.ADMIN);
        return JpaPaging.page(em, Certificate.class, request, Set.of("issuedOn", "number", "holderName"), "issuedOn", false,
                (cb, root) -> {
                    List<Predicate> p = new ArrayList<>();
                    Predicate scope = JpaPaging.tenantScope(cb, caller, root.get("issuerId"), root.get("regionPath"));
                    if (scope != null) {
                        p.add(scope);
                    }
                    if (request.filter("number") != null) {
                        p.add(cb.equal(root.get("number"), request.filter("number").toUpperCase()));
                    }
                    if (request.filter("holder") != null) {
                        p.add(JpaPaging.contains(cb, root.get("holderName"), request.filter("holder")));
                    }
                    if (request.filter("classId") != null) {
                        p.add(cb.equal(root.get("classId"), Long.valueOf(request.filter("classId"))));
                    }
                    if (request.filter("state") != null) {
                        p.add(JpaPaging.enumEquals(cb, root.get("state"), CertificateState.class, request.filter("state")));
                    }
                    return p;
                });
    }

    /** Every certificate of a class (for the ZIP download), in number order. */
    public List<Certificate> ofClass(Caller caller, long classId) {
        CertificateFacts.ClassInfo c = facts.trainingClass(classId);
        caller.require(Role.INSTITUTION_STAFF, Role.HR_OFFICER, Role.ADMIN);
        if (!caller.covers(c.institutionId(), c.regionPath())) {
            throw new NotFoundException();
        }
        return em.createQuery("select c from Certificate c where c.classId = :k order by c.number", Certificate.class)
                .setParameter("k", classId).getResultList();
    }

    public static AuditLog.Scope scope(Certificate c) {
        return new AuditLog.Scope(c.getIssuerId(), c.getRegionPath());
    }
}
