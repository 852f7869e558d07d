package org.skillpass.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateTemplate;
import org.skillpass.certificate.domain.LevelNames;
import org.skillpass.certificate.infrastructure.pdf.PdfSigner;
import org.skillpass.certificate.infrastructure.pdf.TemplateLayout;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent;
import org.skillpass.certificate.infrastructure.pdf.TranscriptRenderer;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.web.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

/**
 * The worker's lifelong training record (终身职业技能培训档案): classes with hours and attendance,
 * assessment results, certificates, credits (学分: one per {@code skillpass.transcript.hours-per-credit}
 * attended hours of a completed class) and subsidies received. The worker sees all of it; an
 * institution sees its own classes and certificates of the worker, an HR officer those in the region.
 * The PDF is signed, so a printed copy can be checked on the verify page.
 */
@ApplicationScoped
public class TranscriptService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    CertificatePdfs pdfs;

    @Inject
    Instance<SubsidyRecords> subsidies;

    @Inject
    @ConfigProperty(name = "skillpass.transcript.hours-per-credit", defaultValue = "16")
    int hoursPerCredit;

    private final TranscriptRenderer renderer = new TranscriptRenderer();

    /** Which rows of a worker's record a caller sees. */
    private record Scope(Long organisationId, String regionPath) {
        String where(String orgColumn, String regionColumn) {
            if (organisationId != null) {
                return " AND " + orgColumn + " = " + organisationId;
            }
            return regionPath == null ? "" : " AND " + regionColumn + " LIKE ?2";
        }

        void bind(Query q) {
            if (organisationId == null && regionPath != null) {
                q.setParameter(2, RegionPath.likePattern(regionPath));
            }
        }
    }

    public TranscriptContent transcript(Caller caller, long workerAccountId, Locale locale) {
        Scope scope = scope(caller, workerAccountId);
        Object[] w = worker(workerAccountId);
        List<TranscriptContent.ClassRow> classes = classes(workerAccountId, scope, locale);
        BigDecimal credits = classes.stream().map(TranscriptContent.ClassRow::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<TranscriptContent.SubsidyRow> received = new ArrayList<>();
        if (subsidies.isResolvable()) {
            subsidies.get().received(caller, workerAccountId, locale).forEach(r ->
                    received.add(new TranscriptContent.SubsidyRow(r.type(), r.amount(), r.state(), r.date())));
        }
        return new TranscriptContent((String) w[0], (String) w[1], LocalDate.now(), Messages.text(locale, "transcript.issuer"), null,
                classes, assessments(workerAccountId, scope, locale), certificates(workerAccountId, scope, locale), received, credits);
    }

    /** The transcript as a signed PDF (Chinese, whatever the caller's language). */
    public byte[] pdf(Caller caller, long workerAccountId) {
        TranscriptContent t = transcript(caller, workerAccountId, Locale.SIMPLIFIED_CHINESE);
        TemplateLayout layout = pdfs.activeLayout(CertificateTemplate.TRANSCRIPT);
        Calendar now = GregorianCalendar.from(java.time.ZonedDateTime.now(ZoneId.systemDefault()));
        PdfSigner signer = pdfs.keys().signer();
        String issuer = Messages.text(Locale.SIMPLIFIED_CHINESE, "transcript.issuer");
        return pdfs.onPdfThread(() -> signer.sign(renderer.render(t, layout), "终身职业技能培训档案", issuer, now));
    }

    private Scope scope(Caller caller, long workerAccountId) {
        if (caller.accountId() != null && caller.accountId() == workerAccountId || caller.isAdmin()) {
            return new Scope(null, null);
        }
        Scope s;
        if (caller.has(Role.HR_OFFICER) && caller.regionPath() != null) {
            s = new Scope(null, caller.regionPath());
        } else if ((caller.has(Role.INSTITUTION_STAFF) || caller.has(Role.ASSESSOR)) && caller.organisationId() != null) {
            s = new Scope(caller.organisationId(), null);
        } else {
            throw new NotFoundException();
        }
        // the worker must have learnt, been assessed or certified within the caller's scope
        Query q = em.createNativeQuery("SELECT (SELECT COUNT(*) FROM enrolment e JOIN training_class tc ON tc.id = e.class_id "
                + "WHERE e.worker_account_id = ?1" + s.where("tc.institution_id", "tc.region_path") + ") + "
                + "(SELECT COUNT(*) FROM certificate c WHERE c.worker_account_id = ?1" + s.where("c.issuer_id", "c.region_path") + ") + "
                + "(SELECT COUNT(*) FROM candidate k JOIN assessment_session a ON a.id = k.session_id WHERE k.worker_account_id = ?1"
                + s.where("a.body_id", "a.region_path") + ")");
        q.setParameter(1, workerAccountId);
        s.bind(q);
        if (((Number) q.getSingleResult()).longValue() == 0) {
            throw new NotFoundException();
        }
        return s;
    }

    private Object[] worker(long workerAccountId) {
        List<?> rows = em.createNativeQuery("SELECT real_name, id_number_masked FROM worker WHERE account_id = ?")
                .setParameter(1, workerAccountId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return (Object[]) rows.get(0);
    }

    private List<TranscriptContent.ClassRow> classes(long workerAccountId, Scope scope, Locale locale) {
        Query q = em.createNativeQuery("""
                SELECT tc.name, COALESCE(oc.name_zh, co.title), org.name, tc.start_date, tc.end_date,
                  (SELECT COALESCE(SUM(TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at)), 0) FROM class_session s WHERE s.class_id = tc.id),
                  (SELECT COALESCE(SUM(TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at)), 0) FROM check_in ci
                     JOIN class_session s ON s.id = ci.session_id WHERE ci.enrolment_id = e.id),
                  e.state
                FROM enrolment e
                JOIN training_class tc ON tc.id = e.class_id
                JOIN course co ON co.id = tc.course_id
                LEFT JOIN occupation oc ON oc.id = co.occupation_id
                JOIN organisation org ON org.id = tc.institution_id
                WHERE e.worker_account_id = ?1 AND e.state IN ('CONFIRMED', 'COMPLETED', 'DROPPED')"""
                + scope.where("tc.institution_id", "tc.region_path") + " ORDER BY tc.start_date, e.id");
        q.setParameter(1, workerAccountId);
        scope.bind(q);
        List<TranscriptContent.ClassRow> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            BigDecimal planned = hours(r[5]);
            BigDecimal attended = hours(r[6]);
            String state = (String) r[7];
            BigDecimal credits = "COMPLETED".equals(state)
                    ? attended.divide(BigDecimal.valueOf(hoursPerCredit), 1, RoundingMode.DOWN) : BigDecimal.ZERO.setScale(1);
            rows.add(new TranscriptContent.ClassRow((String) r[0], (String) r[1], (String) r[2], date(r[3]), date(r[4]),
                    planned, attended, Messages.text(locale, "enrolState." + state), credits));
        }
        return rows;
    }

    private List<TranscriptContent.AssessmentRow> assessments(long workerAccountId, Scope scope, Locale locale) {
        Query q = em.createNativeQuery("""
                SELECT oc.name_zh, a.level, a.held_on, k.theory_score, k.practical_score, k.result, a.results_state
                FROM candidate k
                JOIN assessment_session a ON a.id = k.session_id
                JOIN occupation oc ON oc.id = a.occupation_id
                WHERE k.worker_account_id = ?1""" + scope.where("a.body_id", "a.region_path") + " ORDER BY a.held_on, k.id");
        q.setParameter(1, workerAccountId);
        scope.bind(q);
        List<TranscriptContent.AssessmentRow> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            boolean locked = "LOCKED".equals(r[6]);
            String result = Messages.text(locale, locked ? "result." + r[5] : "result.PENDING");
            rows.add(new TranscriptContent.AssessmentRow((String) r[0], LevelNames.of(((Number) r[1]).intValue()), date(r[2]),
                    locked ? (BigDecimal) r[3] : null, locked ? (BigDecimal) r[4] : null, result));
        }
        return rows;
    }

    private List<TranscriptContent.CertificateRow> certificates(long workerAccountId, Scope scope, Locale locale) {
        StringBuilder jpql = new StringBuilder("select c from Certificate c where c.workerAccountId = :w");
        if (scope.organisationId() != null) {
            jpql.append(" and c.issuerId = :o");
        } else if (scope.regionPath() != null) {
            jpql.append(" and c.regionPath like :r");
        }
        var q = em.createQuery(jpql.append(" order by c.issuedOn, c.id").toString(), Certificate.class)
                .setParameter("w", workerAccountId);
        if (scope.organisationId() != null) {
            q.setParameter("o", scope.organisationId());
        } else if (scope.regionPath() != null) {
            q.setParameter("r", RegionPath.likePattern(scope.regionPath()));
        }
        List<TranscriptContent.CertificateRow> rows = new ArrayList<>();
        for (Certificate c : q.getResultList()) {
            rows.add(new TranscriptContent.CertificateRow(c.getNumber(), c.getType().title(),
                    c.getOccupationName(), LevelNames.of(c.getLevel()), c.getIssuedOn(),
                    Messages.text(locale, "certState." + c.getState().name())));
        }
        return rows;
    }

    private static BigDecimal hours(Object minutes) {
        return BigDecimal.valueOf(((Number) minutes).longValue()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
