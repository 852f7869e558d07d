package org.skillpass.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.skillpass.assessment.application.AssessmentPassed;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Deployed with the tests only: records every {@link AssessmentPassed} so a test can see it was raised. */
@ApplicationScoped
public class PassedEvents {

    private final List<AssessmentPassed> seen = new CopyOnWriteArrayList<>();

    void on(@Observes AssessmentPassed event) {
        seen.add(event);
    }

    public boolean sawCandidate(long candidateId) {
        return seen.stream().anyMatch(e -> e.candidateId() == candidateId);
    }
}
