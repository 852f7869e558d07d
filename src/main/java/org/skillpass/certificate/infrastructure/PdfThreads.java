package org.skillpass.certificate.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads that render and sign PDFs ({@code skillpass.certificate.render-threads}, 2 by
 * default). Each rendering thread keeps its parsed fonts (about 40 MB), so rendering on whichever
 * server thread asks would hold that memory on dozens of threads; callers hand the pure PDF work
 * (no database, no container services) to these threads and wait for the bytes.
 */
@ApplicationScoped
public class PdfThreads {

    @Inject
    @ConfigProperty(name = "skillpass.certificate.render-threads", defaultValue = "2")
    int threads;

    private ExecutorService pool;

    @PostConstruct
    void init() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "skillpass-pdf-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Runs the job on a PDF thread and returns its result; its unchecked exceptions come back as they are. */
    public <T> T call(Callable<T> job) {
        try {
            return pool.submit(job).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a PDF was made", e);
        }
    }
}
