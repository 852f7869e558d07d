package org.skillpass.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.skillpass.subsidy.application.ClaimStateChanged;
import org.skillpass.subsidy.application.ClaimsStateChanged;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Deployed with the tests only: records every {@link ClaimStateChanged}, single or within a {@link ClaimsStateChanged}, so a test can count them per claim. */
@ApplicationScoped
public class ClaimEvents {

    private final List<ClaimStateChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ClaimStateChanged event) {
        seen.add(event);
    }

    void on(@Observes ClaimsStateChanged batch) {
        seen.addAll(batch.changes());
    }

    /** The events of one claim, in the order fired. */
    public List<ClaimStateChanged> of(long claimId) {
        return seen.stream().filter(e -> e.claimId() == claimId).toList();
    }
}
