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

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A class counts for the 6-month employment rate once six months have passed since it ended; nothing
 * happens on that day, so this refreshes the classes that became due: a minute after start and then every
 * {@code skillpass.reporting.due-refresh-hours} hours (default 6; 0 turns it off).
 */
@ApplicationScoped
public class DueRefreshSchedule {

    private static final Logger LOG = Logger.getLogger(DueRefreshSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SummaryUpdater updater;

    @Inject
    @ConfigProperty(name = "skillpass.reporting.due-refresh-hours", defaultValue = "6")
    int hours;

    private ScheduledFuture<?> future;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class) Object event) {
        if (hours <= 0 || scheduler == null) {
            return;
        }
        future = scheduler.scheduleWithFixedDelay(this::run, 60, TimeUnit.HOURS.toSeconds(hours), TimeUnit.SECONDS);
    }

    private void run() {
        try {
            int n = updater.refreshDue();
            if (n > 0) {
                LOG.info(() -> "Reporting: " + n + " class(es) reached their 6-month checkpoint and now count for employment");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reporting: refreshing classes due for the employment rate failed; retried next time", e);
        }
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
