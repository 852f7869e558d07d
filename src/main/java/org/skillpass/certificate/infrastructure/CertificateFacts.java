package org.skillpass.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateType;
import org.skillpass.shared.domain.NotFoundException;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a certificate says from the tables of the contexts that know it (worker, occupation,
 * assessment body or institution) in one query each, as a read model: the certificate copies these
 * values when it is issued and never looks at them again.
 */
@ApplicationScoped
public class CertificateFacts {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    /** The issuer's numbering parts: body type letter, 4-digit body code, 2-digit province, 6-digit site. */
    public record Issuer(long id, String name, String type, String regionPath, String bodyCode, String siteCode) {

        /** Y for an employer that assesses its own workers, S for a third-party body or institution. */
        public char bodyTypeLetter() {
            return "EMPLOYER".equals(type) ? 'Y' : 'S';
        }

        public String province() {
            return regionPath.substring(0, 2);
        }
    }

    public record Facts(Certificate.Content content, Issuer issuer, Long classId, Long enrolmentId) {
    }

    /** A candidate whose locked result is a pass; empty when the candidate has no final pass. */
    public java.util.Optional<Facts> passedCandidate(long candidateId, LocalDate issuedOn) {
        List<?> rows = em.createNativeQuery("""
                SELECT c.worker_account_id, w.real_name, w.id_type, w.id_number_masked, o.id, o.code, o.name_zh, s.level,
                       b.id, b.name, b.type, b.region_path, b.cert_body_code, b.cert_site_code, c.enrolment_id, e.class_id
                FROM candidate c
                JOIN assessment_session s ON s.id = c.session_id
                JOIN worker w ON w.account_id = c.worker_account_id
                JOIN occupation o ON o.id = s.occupation_id
                JOIN organisation b ON b.id = s.body_id
                LEFT JOIN enrolment e ON e.id = c.enrolment_id
                WHERE c.id = ? AND c.result = 'PASS' AND s.results_state = 'LOCKED'""")
                .setParameter(1, candidateId).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        Issuer issuer = new Issuer(num(r[8]), (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13]);
        Certificate.Content content = new Certificate.Content(CertificateType.SKILL_LEVEL, num(r[0]), (String) r[1],
                (String) r[2], (String) r[3], num(r[4]), (String) r[5], (String) r[6], "--", (int) num(r[7]),
                issuer.id(), issuer.name(), issuer.regionPath(), issuedOn);
        return java.util.Optional.of(new Facts(content, issuer, r[15] == null ? null : num(r[15]),
                r[14] == null ? null : num(r[14])));
    }

    /** A class's learner, for its training-completion (or special-ability) certificate. */
    public Facts enrolment(long enrolmentId) {
        List<?> rows = em.createNativeQuery("""
                SELECT e.worker_account_id, w.real_name, w.id_type, w.id_number_masked, co.kind, oc.id, oc.code,
                       COALESCE(oc.name_zh, co.title), co.level, org.id, org.name, org.type, org.region_path,
                       org.cert_body_code, org.cert_site_code, tc.end_date, tc.id
                FROM enrolment e
                JOIN training_class tc ON tc.id = e.class_id
                JOIN course co ON co.id = tc.course_id
                LEFT JOIN occupation oc ON oc.id = co.occupation_id
                JOIN worker w ON w.account_id = e.worker_account_id
                JOIN organisation org ON org.id = tc.institution_id
                WHERE e.id = ?""").setParameter(1, enrolmentId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = (Object[]) rows.get(0);
        CertificateType type = "SPECIAL_ABILITY".equals(r[4]) ? CertificateType.SPECIAL_ABILITY : CertificateType.TRAINING_COMPLETION;
        Issuer issuer = new Issuer(num(r[9]), (String) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14]);
        Certificate.Content content = new Certificate.Content(type, num(r[0]), (String) r[1], (String) r[2], (String) r[3],
                r[5] == null ? null : num(r[5]), (String) r[6], (String) r[7], "--", null, issuer.id(), issuer.name(),
                issuer.regionPath(), LocalDate.now());
        return new Facts(content, issuer, num(r[16]), enrolmentId);
    }

    /** A learner of a completed class with the minutes they attended and the class's planned minutes. */
    public record Learner(long enrolmentId, long workerAccountId, long attendedMinutes, long plannedMinutes) {

        /** Attended at least {@code minPercent} of the planned hours (a class without sessions asks nothing). */
        public boolean attendedEnough(int minPercent) {
            return plannedMinutes == 0 || attendedMinutes * 100 >= plannedMinutes * (long) minPercent;
        }
    }

    public List<Learner> completedLearners(long classId) {
        long planned = num(em.createNativeQuery("SELECT COALESCE(SUM(TIMESTAMPDIFF(MINUTE, starts_at, ends_at)), 0) "
                + "FROM class_session WHERE class_id = ?").setParameter(1, classId).getSingleResult());
        List<?> rows = em.createNativeQuery("""
                SELECT e.id, e.worker_account_id,
                       COALESCE((SELECT SUM(TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at)) FROM check_in ci
                                 JOIN class_session s ON s.id = ci.session_id WHERE ci.enrolment_id = e.id), 0)
                FROM enrolment e WHERE e.class_id = ? AND e.state = 'COMPLETED' ORDER BY e.id""")
                .setParameter(1, classId).getResultList();
        List<Learner> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new Learner(num(r[0]), num(r[1]), num(r[2]), planned));
        }
        return out;
    }

    /** The class's owner and region, and whether it is completed (only completed classes get certificates). */
    public record ClassInfo(long id, String name, long institutionId, String regionPath, String state) {
    }

    public ClassInfo trainingClass(long classId) {
        List<?> rows = em.createNativeQuery("SELECT id, name, institution_id, region_path, state FROM training_class WHERE id = ?")
                .setParameter(1, classId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = (Object[]) rows.get(0);
        return new ClassInfo(num(r[0]), (String) r[1], num(r[2]), (String) r[3], (String) r[4]);
    }

    /** The worker's current name and ID (a reissue prints the corrected data). */
    public record Holder(String name, String idType, String idMasked) {
    }

    public Holder holder(long workerAccountId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT real_name, id_type, id_number_masked FROM worker WHERE account_id = ?")
                .setParameter(1, workerAccountId).getSingleResult();
        return new Holder((String) r[0], (String) r[1], (String) r[2]);
    }

    public Issuer issuer(long organisationId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT id, name, type, region_path, cert_body_code, cert_site_code "
                + "FROM organisation WHERE id = ?").setParameter(1, organisationId).getSingleResult();
        return new Issuer(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]);
    }

    static long num(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        if (o instanceof BigDecimal b) {
            return b.longValue();
        }
        throw new IllegalArgumentException("not a number: " + o);
    }

    static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
