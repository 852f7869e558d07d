package org.skillpass.subsidy.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The claim queue's summary lines per scope (counts per state, the organisations of the filter), kept for
 * {@value #SECONDS} seconds: for a province they count a quarter of a million claims, which took longer than a
 * whole page may (the benchmark: 0.3 s of 0.8 s). Any claim change committed on this server forgets them all at
 * once, so an officer sees their own approvals at once; another server's changes show within the
 * {@value #SECONDS} seconds. The list itself and its total are never cached.
 */
@ApplicationScoped
public class QueueSummaries {

    static final int SECONDS = 30;

    private final Cache<String, Object> cache = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterWrite(Duration.ofSeconds(SECONDS))
            .build();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> load) {
        return (T) cache.get(key, k -> load.get());
    }

    void onClaimChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimStateChanged event) {
        cache.invalidateAll();
    }

    void onClaimsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimsStateChanged event) {
        cache.invalidateAll();
    }
}
