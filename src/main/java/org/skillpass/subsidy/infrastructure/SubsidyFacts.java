package org.skillpass.subsidy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.skillpass.shared.domain.Gender;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.subsidy.domain.CertificateKind;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence a claim rests on, read from the tables of the contexts that own it (worker, certificate,
 * candidate and assessment session, enrolment, class and course, check-ins, attendance flags) with one
 * native query each — a read model like the certificate context's {@code CertificateFacts}. Nothing
 * here decides; the claim service turns these facts into {@code ClaimFacts} for the rules.
 */
@ApplicationScoped
public class SubsidyFacts {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    /** The person: name, masked ID, birth date and gender (from the ID number at registration). */
    public record Person(long accountId, String name, String idMasked, LocalDate birthDate, Gender gender, String phone) {
    }

    /** A certificate the claim rests on (TRAINING, ASSESSMENT). */
    public record CertificateFact(long id, String number, CertificateKind kind, String state, LocalDate issuedOn,
                                  long workerAccountId, Long occupationId, String occupationCode, String occupationName,
                                  Integer level, boolean shortage, Long candidateId, Long enrolmentId, Long classId,
                                  long issuerId, String issuerName, String issuerType, String regionPath) {
    }

    /** The assessment behind a skill-level certificate: attempt, fee charged, the body and its region. */
    public record AssessmentFact(long candidateId, int attempt, boolean earlierAttempts, BigDecimal fee, long bodyId,
                                 String bodyName, String regionPath, LocalDate heldOn, String result, Long enrolmentId) {

        public boolean firstAttempt() {
            return attempt == 1 && !earlierAttempts;
        }
    }

    /** A learner's enrolment in a class with the hours planned and attended (from check-ins). */
    public record TrainingFact(long enrolmentId, long workerAccountId, String enrolmentState, String category,
                               String learnerStatus, long classId, String className, String classState,
                               LocalDate start, LocalDate end, String regionPath, long institutionId,
                               String institutionName, Long orderId, Long orderEmployerId, String deliveryMode,
                               String courseKind, BigDecimal courseCost, Long occupationId, String occupationCode,
                               String occupationName, Integer level, boolean shortage, long plannedMinutes,
                               long attendedMinutes, int attendedDays) {

        public BigDecimal plannedHours() {
            return hours(plannedMinutes);
        }

        public BigDecimal attendedHours() {
            return hours(attendedMinutes);
        }

        private static BigDecimal hours(long minutes) {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }
    }

    /** An attendance fraud flag of the learner (or of their whole class) for the reviewer. */
    public record Flag(String kind, String detail, Instant createdAt, Instant resolvedAt) {
    }

    /** One of the person's claims as the rules count them. */
    public record ClaimRow(long id, ClaimType type, ClaimState state, Integer year, String occupationCode, Integer level,
                           String resultsGroup) {
    }

    public Person person(long workerAccountId) {
        List<?> rows = em.createNativeQuery("SELECT account_id, real_name, id_number_masked, birth_date, gender, phone "
                + "FROM worker WHERE account_id = ?").setParameter(1, workerAccountId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = (Object[]) rows.get(0);
        return new Person(num(r[0]), (String) r[1], (String) r[2], date(r[3]), gender((String) r[4]), (String) r[5]);
    }

    public Optional<CertificateFact> certificate(long certificateId) {
        List<?> rows = em.createNativeQuery("""
                SELECT c.id, c.number, c.type, c.state, c.issued_on, c.worker_account_id, c.occupation_id, c.occupation_code,
                       c.occupation_name, c.level, COALESCE(o.shortage, FALSE), c.candidate_id, c.enrolment_id, c.class_id,
                       c.issuer_id, c.issuer_name, org.type, c.region_path
                FROM certificate c
                LEFT JOIN occupation o ON o.id = c.occupation_id
                JOIN organisation org ON org.id = c.issuer_id
                WHERE c.id = ?""").setParameter(1, certificateId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new CertificateFact(num(r[0]), (String) r[1], CertificateKind.valueOf((String) r[2]), (String) r[3],
                date(r[4]), num(r[5]), nullableNum(r[6]), (String) r[7], (String) r[8], nullableInt(r[9]), bool(r[10]),
                nullableNum(r[11]), nullableNum(r[12]), nullableNum(r[13]), num(r[14]), (String) r[15], (String) r[16],
                (String) r[17]));
    }

    /** The worker's valid certificates, newest first: what they can claim training or assessment subsidies for. */
    public List<CertificateFact> certificatesOf(long workerAccountId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM certificate WHERE worker_account_id = ? AND state = 'VALID' "
                + "ORDER BY issued_on DESC, id DESC").setParameter(1, workerAccountId).getResultList();
        return ids.stream().map(id -> certificate(id.longValue()).orElseThrow()).toList();
    }

    public Optional<AssessmentFact> assessment(long candidateId) {
        List<?> rows = em.createNativeQuery("""
                SELECT c.id, c.attempt,
                       EXISTS (SELECT 1 FROM candidate e JOIN assessment_session es ON es.id = e.session_id
                               WHERE e.worker_account_id = c.worker_account_id AND es.occupation_id = s.occupation_id
                                 AND es.level = s.level AND e.id <> c.id AND es.held_on <= s.held_on AND e.id < c.id),
                       c.fee, s.body_id, b.name, s.region_path, s.held_on, c.result, c.enrolment_id
                FROM candidate c
                JOIN assessment_session s ON s.id = c.session_id
                JOIN organisation b ON b.id = s.body_id
                WHERE c.id = ?""").setParameter(1, candidateId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new AssessmentFact(num(r[0]), (int) num(r[1]), bool(r[2]), (BigDecimal) r[3], num(r[4]),
                (String) r[5], (String) r[6], date(r[7]), (String) r[8], nullableNum(r[9])));
    }

    public Optional<TrainingFact> training(long enrolmentId) {
        List<?> rows = em.createNativeQuery("""
                SELECT e.id, e.worker_account_id, e.state, e.category, e.learner_status, tc.id, tc.name, tc.state,
                       tc.start_date, tc.end_date, tc.region_path, tc.institution_id, org.name, tc.order_id, ord.employer_id,
                       co.delivery_mode, co.kind, co.cost, oc.id, oc.code, COALESCE(oc.name_zh, co.title), co.level,
                       COALESCE(oc.shortage, FALSE),
                       (SELECT COALESCE(SUM(TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at)), 0) FROM class_session s
                         WHERE s.class_id = tc.id),
                       (SELECT COALESCE(SUM(TIMESTAMPDIFF(MINUTE, s.starts_at, s.ends_at)), 0) FROM check_in ci
                         JOIN class_session s ON s.id = ci.session_id WHERE ci.enrolment_id = e.id),
                       (SELECT COUNT(DISTINCT DATE(s.starts_at)) FROM check_in ci
                         JOIN class_session s ON s.id = ci.session_id WHERE ci.enrolment_id = e.id)
                FROM enrolment e
                JOIN training_class tc ON tc.id = e.class_id
                JOIN course co ON co.id = tc.course_id
                LEFT JOIN occupation oc ON oc.id = co.occupation_id
                JOIN organisation org ON org.id = tc.institution_id
                LEFT JOIN training_order ord ON ord.id = tc.order_id
                WHERE e.id = ?""").setParameter(1, enrolmentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new TrainingFact(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], num(r[5]),
                (String) r[6], (String) r[7], date(r[8]), date(r[9]), (String) r[10], num(r[11]), (String) r[12],
                nullableNum(r[13]), nullableNum(r[14]), (String) r[15], (String) r[16], (BigDecimal) r[17], nullableNum(r[18]),
                (String) r[19], (String) r[20], nullableInt(r[21]), bool(r[22]), num(r[23]), num(r[24]), (int) num(r[25])));
    }

    /** The enrolment of the worker in a class, if any. */
    public Optional<Long> enrolmentOf(long classId, long workerAccountId) {
        List<?> rows = em.createNativeQuery("SELECT id FROM enrolment WHERE class_id = ? AND worker_account_id = ?")
                .setParameter(1, classId).setParameter(2, workerAccountId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(num(rows.get(0)));
    }

    /** The worker's completed enrolments, latest class first: the basis of living-allowance and apprenticeship claims. */
    public List<TrainingFact> completedTrainingsOf(long workerAccountId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT e.id FROM enrolment e JOIN training_class tc ON tc.id = e.class_id "
                + "WHERE e.worker_account_id = ? AND e.state = 'COMPLETED' ORDER BY tc.end_date DESC, e.id DESC")
                .setParameter(1, workerAccountId).getResultList();
        return ids.stream().map(id -> training(id.longValue()).orElseThrow()).toList();
    }

    /** Category and status the person declared at their latest class that started by the day, or null. */
    public String[] latestCategory(long workerAccountId, LocalDate by) {
        List<?> rows = em.createNativeQuery("SELECT e.category, e.learner_status FROM enrolment e JOIN training_class tc "
                        + "ON tc.id = e.class_id WHERE e.worker_account_id = ? AND tc.start_date <= ? AND e.state NOT IN ('WITHDRAWN') "
                        + "ORDER BY tc.start_date DESC, e.id DESC LIMIT 1")
                .setParameter(1, workerAccountId).setParameter(2, Date.valueOf(by)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new String[]{(String) r[0], (String) r[1]};
    }

    /** The completed learners of a class, in enrolment order. */
    public List<TrainingFact> completedLearners(long classId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM enrolment WHERE class_id = ? AND state = 'COMPLETED' ORDER BY id")
                .setParameter(1, classId).getResultList();
        return ids.stream().map(id -> training(id.longValue()).orElseThrow()).toList();
    }

    /** The latest valid certificate a learner earned through an enrolment (its class or its assessment). */
    public Optional<CertificateFact> certificateOfEnrolment(long enrolmentId, long classId, long workerAccountId) {
        List<?> rows = em.createNativeQuery("""
                SELECT c.id FROM certificate c
                LEFT JOIN candidate k ON k.id = c.candidate_id
                WHERE c.worker_account_id = ? AND c.state = 'VALID'
                  AND (c.enrolment_id = ? OR c.class_id = ? OR k.enrolment_id = ?)
                ORDER BY c.issued_on DESC, c.id DESC LIMIT 1""")
                .setParameter(1, workerAccountId).setParameter(2, enrolmentId).setParameter(3, classId).setParameter(4, enrolmentId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : certificate(num(rows.get(0)));
    }

    /** Open and resolved attendance flags of the learner in the class, and the class's own flags. */
    public List<Flag> flags(long classId, long workerAccountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, detail, created_at, resolved_at FROM attendance_flag "
                        + "WHERE class_id = ? AND (worker_account_id = ? OR worker_account_id IS NULL) ORDER BY created_at")
                .setParameter(1, classId).setParameter(2, workerAccountId).getResultList();
        return rows.stream().map(r -> new Flag((String) r[0], (String) r[1], instant(r[2]), instant(r[3]))).toList();
    }

    /**
     * The person's claims, read with a locking read: inside the submitting transaction, after the worker
     * row is locked, this sees every claim committed before (a plain read could see an older snapshot).
     */
    public List<ClaimRow> claimsOfForUpdate(long workerAccountId) {
        return claimRows("SELECT id, type, state, claim_year, occupation_code, level, results_group FROM subsidy_claim "
                + "WHERE worker_account_id = ? ORDER BY id FOR UPDATE", workerAccountId);
    }

    /** The person's claims for a preview (no lock: the submission checks again under the lock). */
    public List<ClaimRow> claimsOf(long workerAccountId) {
        return claimRows("SELECT id, type, state, claim_year, occupation_code, level, results_group FROM subsidy_claim "
                + "WHERE worker_account_id = ? ORDER BY id", workerAccountId);
    }

    private List<ClaimRow> claimRows(String sql, long workerAccountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, workerAccountId).getResultList();
        List<ClaimRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new ClaimRow(num(r[0]), ClaimType.valueOf((String) r[1]), ClaimState.valueOf((String) r[2]),
                    nullableInt(r[3]), (String) r[4], nullableInt(r[5]), (String) r[6]));
        }
        return out;
    }

    /**
     * Serialises claims of one person: the worker row is locked until the transaction ends, so two
     * submissions for the same person run one after the other and the second counts the first (R1).
     */
    public void lockWorker(long workerAccountId) {
        List<?> found = em.createNativeQuery("SELECT account_id FROM worker WHERE account_id = ? FOR UPDATE")
                .setParameter(1, workerAccountId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
    }

    /** The current 代为申请 agreement of the learner with the organisation, if one is on file. */
    public Optional<Long> agreement(long workerAccountId, long organisationId) {
        List<?> rows = em.createNativeQuery("SELECT id FROM subsidy_agreement WHERE worker_account_id = ? AND organisation_id = ? "
                        + "AND withdrawn_at IS NULL ORDER BY signed_on DESC, id DESC LIMIT 1")
                .setParameter(1, workerAccountId).setParameter(2, organisationId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(num(rows.get(0)));
    }

    /** An organisation's name, type and region. */
    public record Org(long id, String name, String type, String regionPath) {
    }

    public Org organisation(long id) {
        List<?> rows = em.createNativeQuery("SELECT id, name, type, region_path FROM organisation WHERE id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = (Object[]) rows.get(0);
        return new Org(num(r[0]), (String) r[1], (String) r[2], (String) r[3]);
    }

    public static long num(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("not a number: " + o);
    }

    public static Long nullableNum(Object o) {
        return o == null ? null : num(o);
    }

    public static Integer nullableInt(Object o) {
        return o == null ? null : (int) num(o);
    }

    public static boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o != null && num(o) != 0;
    }

    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return (LocalDate) o;
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return (Instant) o;
    }

    private static Gender gender(String s) {
        try {
            return s == null ? null : Gender.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
