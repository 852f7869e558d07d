package org.skillpass.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.certificate.domain.CertificateBatch;
import org.skillpass.certificate.infrastructure.CertificateFacts;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.application.RegionSettings;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Issue the whole class": an institution starts a batch, the page polls its progress. Each learner's
 * certificate is issued in its own transaction (a failure costs one certificate, not the batch; a
 * learner who has one already is skipped), by {@code skillpass.certificate.batch-threads} threads of
 * asynchronous worker beans ({@link CertificateWorkers}). Learners who attended less than the region's minimum share of the
 * class hours ({@code certificate.completion.min-attendance-percent}, 80 by default) get none.
 */
@ApplicationScoped
public class ClassBatches {

    public static final int MAX_THREADS = 8;
    static final int PROGRESS_EVERY = 10;
    public static final String MIN_ATTENDANCE = "certificate.completion.min-attendance-percent";
    private static final Logger LOG = Logger.getLogger(ClassBatches.class.getName());

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    CertificateFacts facts;

    @Inject
    CertificateService certificates;

    @Inject
    RegionSettings settings;

    @Inject
    Event<Started> started;

    @Inject
    ClassBatches self;

    @Inject
    CertificateWorkers workers;

    @Inject
    @ConfigProperty(name = "skillpass.certificate.batch-threads", defaultValue = "2")
    int threads;

    /** A batch was written; after commit its work is handed to the worker beans. */
    public record Started(long batchId, Caller caller, List<Long> enrolmentIds, int threads) {
    }

    @Transactional
    public CertificateBatch start(Caller caller, long classId) {
        return start(caller, classId, threads);
    }

    /** With a thread count of its own (1 up to {@link #MAX_THREADS}), e.g. to measure how issuing scales. */
    @Transactional
    public CertificateBatch start(Caller caller, long classId, int threadCount) {
        if (threadCount < 1 || threadCount > MAX_THREADS) {
            throw new DomainException("certificate.batch.threads", MAX_THREADS);
        }
        caller.require(Role.INSTITUTION_STAFF, Role.ADMIN);
        CertificateFacts.ClassInfo c = facts.trainingClass(classId);
        if (!caller.covers(c.institutionId(), c.regionPath())) {
            throw new NotFoundException();
        }
        if (!"COMPLETED".equals(c.state()) && !"ARCHIVED".equals(c.state())) {
            throw new DomainException("certificate.batch.classNotCompleted", c.name());
        }
        // one batch at a time per class: lock the class row while checking
        em.createNativeQuery("SELECT id FROM training_class WHERE id = ? FOR UPDATE").setParameter(1, classId).getResultList();
        if (!em.createQuery("select b.id from CertificateBatch b where b.classId = :c and b.state = :s", Long.class)
                .setParameter("c", classId).setParameter("s", CertificateBatch.State.RUNNING).getResultList().isEmpty()) {
            throw new DomainException("certificate.batch.running");
        }
        int minPercent = settings.intValue(c.regionPath(), MIN_ATTENDANCE, 80, LocalDate.now());
        List<CertificateFacts.Learner> learners = facts.completedLearners(classId);
        List<Long> eligible = learners.stream().filter(l -> l.attendedEnough(minPercent))
                .map(CertificateFacts.Learner::enrolmentId).toList();
        CertificateBatch b = new CertificateBatch(classId, c.institutionId(), c.regionPath(), caller.accountId() == null ? 0 : caller.accountId(),
                learners.size(), Instant.now());
        em.persist(b);
        em.flush();
        int notEligible = learners.size() - eligible.size();
        if (notEligible > 0) {
            em.createQuery("update CertificateBatch b set b.skipped = b.skipped + :n where b.id = :id")
                    .setParameter("n", notEligible).setParameter("id", b.getId()).executeUpdate();
        }
        started.fire(new Started(b.getId(), caller, eligible, threadCount));
        return b;
    }

    void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Started s) {
        workers.run(s, workers);
    }

    /** On a worker bean's thread: starts the batch's workers, waits for them, records the end. */
    void run(Started s, CertificateWorkers via) {
        int n = Math.max(1, Math.min(s.threads(), s.enrolmentIds().size()));
        AtomicInteger next = new AtomicInteger();
        List<Future<Void>> running = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            running.add(via.work(s, next));
        }
        String problem = null;
        for (Future<Void> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                problem = String.valueOf(e.getMessage());
            }
        }
        self.finish(s.batchId(), problem);
    }

    /**
     * Issues certificates for the batch's learners, taking the next one from the shared counter; the
     * progress row is updated every {@value #PROGRESS_EVERY} learners and at the end.
     */
    void work(Started s, AtomicInteger next) {
        List<Long> ids = s.enrolmentIds();
        int[] counts = new int[3]; // issued, skipped, failed since the last progress update
        for (int k = next.getAndIncrement(); k < ids.size(); k = next.getAndIncrement()) {
            long enrolmentId = ids.get(k);
            try {
                var issued = certificates.issueForEnrolment(s.caller(), enrolmentId);
                counts[issued.isPresent() ? 0 : 1]++;
                issued.ifPresent(c -> certificates.freezeQuietly(c.getId()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "certificate of enrolment " + enrolmentId + " failed", e);
                counts[2]++;
            }
            if (counts[0] + counts[1] + counts[2] >= PROGRESS_EVERY) {
                self.count(s.batchId(), counts[0], counts[1], counts[2]);
                java.util.Arrays.fill(counts, 0);
            }
        }
        if (counts[0] + counts[1] + counts[2] > 0) {
            self.count(s.batchId(), counts[0], counts[1], counts[2]);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(long batchId, int issued, int skipped, int failed) {
        em.createQuery("update CertificateBatch b set b.issued = b.issued + :i, b.skipped = b.skipped + :s, "
                        + "b.failed = b.failed + :f where b.id = :id")
                .setParameter("i", issued).setParameter("s", skipped).setParameter("f", failed).setParameter("id", batchId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long batchId, String problem) {
        em.createQuery("update CertificateBatch b set b.state = :s, b.finishedAt = :t, b.problem = :p where b.id = :id")
                .setParameter("s", problem == null ? CertificateBatch.State.DONE : CertificateBatch.State.FAILED)
                .setParameter("t", Instant.now()).setParameter("p", problem).setParameter("id", batchId).executeUpdate();
    }

    /** One batch, for its starter's organisation, HR officers of its region and admins. */
    @Transactional
    public CertificateBatch find(Caller caller, long batchId) {
        CertificateBatch b = em.createQuery("select b from CertificateBatch b where b.id = :id", CertificateBatch.class)
                .setParameter("id", batchId).setHint("eclipselink.refresh", "true").getResultList().stream().findFirst().orElse(null);
        if (b == null || !caller.covers(b.getIssuerId(), b.getRegionPath())) {
            throw new NotFoundException();
        }
        return b;
    }

    /** The latest batch of a class, for the progress bar (fresh from the database on every poll). */
    @Transactional
    public CertificateBatch latest(Caller caller, long classId) {
        CertificateFacts.ClassInfo c = facts.trainingClass(classId);
        if (!caller.covers(c.institutionId(), c.regionPath())) {
            throw new NotFoundException();
        }
        List<CertificateBatch> found = em.createQuery("select b from CertificateBatch b where b.classId = :c order by b.id desc",
                        CertificateBatch.class).setParameter("c", classId).setMaxResults(1)
                .setHint("eclipselink.refresh", "true").getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
