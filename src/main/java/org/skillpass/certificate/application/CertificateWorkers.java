package org.skillpass.certificate.application;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background work of the certificate context: rendering a PDF after its certificate committed, and
 * a class batch's worker threads. EJB asynchronous methods, because each call runs in an invocation
 * context of its own: work handed to the managed executor from a request shares the request's
 * invocation, and Payara then closes the request's entity manager when the task ends. No transaction
 * here; the services start their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificateWorkers {

    @Inject
    CertificateService certificates;

    @Inject
    ClassBatches batches;

    @Asynchronous
    public void freeze(long certificateId) {
        certificates.freezeQuietly(certificateId);
    }

    /** Runs a batch: its worker threads, then the final state. */
    @Asynchronous
    public void run(ClassBatches.Started started, CertificateWorkers self) {
        batches.run(started, self);
    }

    /** One worker of a batch: takes learners from the shared counter until none are left. */
    @Asynchronous
    public Future<Void> work(ClassBatches.Started started, AtomicInteger next) {
        batches.work(started, next);
        return new AsyncResult<>(null);
    }
}
