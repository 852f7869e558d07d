package org.skillpass.reporting.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, the summaries are built from the data there is if they never were (see {@link SummaryUpdater#buildOnce}).
 * Then the two summary refreshes that no event announces:
 * <ul>
 *   <li>a class counts for the 6-month employment rate once six months have passed since it ended; nothing
 *       happens on that day, so the classes that became due are refreshed a minute after start and then every
 *       {@code skillpass.reporting.due-refresh-hours} hours (default 6);</li>
 *   <li>employment follow-ups (跟踪回访) are recorded by the subsidy context without an event; the learners with
 *       new ones are recomputed every {@code skillpass.reporting.follow-up-sweep-seconds} seconds (default 60).</li>
 * </ul>
 * A value of 0 turns a refresh off.
 */
@ApplicationScoped
public class SummarySchedule {

    private static final Logger LOG = Logger.getLogger(SummarySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SummaryUpdater updater;

    @Inject
    @ConfigProperty(name = "skillpass.reporting.due-refresh-hours", defaultValue = "6")
    int dueHours;

    @Inject
    @ConfigProperty(name = "skillpass.reporting.follow-up-sweep-seconds", defaultValue = "60")
    int sweepSeconds;

    private final List<ScheduledFuture<?>> futures = new ArrayList<>();

    /** After the migrations (default priority): builds the summaries once if they never were, then schedules the refreshes. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        if (updater.buildOnce()) {
            LOG.info(() -> "Reporting: summaries built from the existing data in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        if (scheduler == null) {
            return;
        }
        if (dueHours > 0) {
            futures.add(scheduler.scheduleWithFixedDelay(() -> run("classes reached their 6-month checkpoint", updater::refreshDue),
                    60, TimeUnit.HOURS.toSeconds(dueHours), TimeUnit.SECONDS));
        }
        if (sweepSeconds > 0) {
            futures.add(scheduler.scheduleWithFixedDelay(() -> run("learners with new employment follow-ups", updater::sweepFollowUps),
                    30, sweepSeconds, TimeUnit.SECONDS));
        }
    }

    private static void run(String what, IntSupplier refresh) {
        try {
            int n = refresh.getAsInt();
            if (n > 0) {
                LOG.info(() -> "Reporting: " + n + " " + what + ", summaries updated");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reporting: refreshing " + what + " failed; retried next time", e);
        }
    }

    @PreDestroy
    void stop() {
        futures.forEach(f -> f.cancel(false));
    }
}
