package org.skillpass.assessment.application;

/**
 * Results of a session became final (the session was locked: {@code candidateId} is null) or one final
 * result was corrected ({@code candidateId} set), pass or fail. Fired inside that transaction, after any
 * {@link AssessmentPassed}; the reporting context recomputes the learners concerned (assessed, passed).
 */
public record AssessmentResultsFinal(long sessionId, Long candidateId) {
}
