package org.skillpass.reporting.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.assessment.application.AssessmentResultsFinal;
import org.skillpass.catalog.application.ClassCompleted;
import org.skillpass.certificate.application.CertificateIssued;
import org.skillpass.certificate.application.CertificateRevoked;
import org.skillpass.enrolment.application.HireDecided;
import org.skillpass.reporting.infrastructure.Sql;
import org.skillpass.reporting.infrastructure.Summaries;
import org.skillpass.subsidy.application.ClaimStateChanged;
import org.skillpass.subsidy.application.ClaimsStateChanged;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Keeps the summary tables current as things happen, inside the transaction of the change (a rollback
 * takes the figures back with it). Each observer flushes first, so the SQL sees what the change wrote.
 */
@ApplicationScoped
public class SummaryUpdater {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    ReportingClock clock;

    private Sql sql() {
        em.flush();
        return Sql.of(em);
    }

    /** After the enrolment context has completed the class's learners (default priority), the class counts. */
    void onClassCompleted(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ClassCompleted event) {
        Summaries.refreshClass(sql(), event.classId(), clock.today());
    }

    void onResultsFinal(@Observes AssessmentResultsFinal event) {
        Sql sql = sql();
        List<Object[]> enrolments = event.candidateId() == null
                ? sql.rows("SELECT DISTINCT enrolment_id FROM candidate WHERE session_id = ? AND enrolment_id IS NOT NULL "
                        + "ORDER BY enrolment_id", event.sessionId())
                : sql.rows("SELECT enrolment_id FROM candidate WHERE id = ? AND enrolment_id IS NOT NULL", event.candidateId());
        for (Object[] r : enrolments) {
            Summaries.refreshLearner(sql, Sql.num(r[0]), clock.today());
        }
    }

    void onCertificateIssued(@Observes CertificateIssued event) {
        Summaries.certificateIssued(sql(), event.certificateId(), clock.today());
    }

    void onCertificateRevoked(@Observes CertificateRevoked event) {
        Summaries.certificateRevoked(sql(), event.certificateId(), clock.today());
    }

    void onHireDecided(@Observes HireDecided event) {
        Summaries.refreshLearner(sql(), event.enrolmentId(), clock.today());
    }

    /** Every claim creation and transition, in the subsidy context's transaction. */
    void onClaimStateChanged(@Observes ClaimStateChanged event) {
        Summaries.claimChanged(sql(), change(event));
    }

    /** A set-based change of many claims (batch approval): added up and written in a few statements. */
    void onClaimsStateChanged(@Observes ClaimsStateChanged event) {
        Summaries.claimsChanged(sql(), event.changes().stream().map(this::change).toList());
    }

    private Summaries.ClaimChange change(ClaimStateChanged event) {
        LocalDateTime at = clock.local(event.at());
        return new Summaries.ClaimChange(event.claimId(), event.type().name(), event.payee().name(),
                event.organisationId(), event.payeeOrganisationId(), event.regionPath(),
                event.from() == null ? null : event.from().name(), event.to().name(), event.amount(),
                at.getYear() * 100 + at.getMonthValue(), at);
    }

    /** Classes whose 6-month checkpoint passed since their last refresh (run a few times a day and at start). */
    @Transactional
    public int refreshDue() {
        return Summaries.refreshDue(sql(), clock.today());
    }

    /** Learners with employment follow-ups recorded since the last sweep (run every minute). */
    @Transactional
    public int sweepFollowUps() {
        return Summaries.sweepFollowUps(sql(), clock.today());
    }

    /**
     * Builds the summaries from the data there is when they never were (the first start after the reporting
     * schema arrived on a database with history, or a new database with demo data); true when it did.
     */
    @Transactional
    public boolean buildOnce() {
        Sql sql = sql();
        if (Summaries.built(sql)) {
            return false;
        }
        Summaries.rebuildAll(sql, clock.today(), clock.utcOffset());
        return true;
    }

    /** Recomputes every summary from the source tables (admin repair, after imports). */
    @Transactional
    public void rebuild() {
        Summaries.rebuildAll(sql(), clock.today(), clock.utcOffset());
    }
}
