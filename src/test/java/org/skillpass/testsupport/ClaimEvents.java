package org.skillpass.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.skillpass.subsidy.application.ClaimStateChanged;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Deployed with the tests only: records every {@link ClaimStateChanged} so a test can count them per claim. */
@ApplicationScoped
public class ClaimEvents {

    private final List<ClaimStateChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ClaimStateChanged event) {
        seen.add(event);
    }

    /** The events of one claim, in the order fired. */
    public List<ClaimStateChanged> of(long claimId) {
        return seen.stream().filter(e -> e.claimId() == claimId).toList();
    }
}
