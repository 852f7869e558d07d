package org.skillpass.assessment.application;

/**
 * A candidate's pass became final (results locked, or a correction after lock turned a result into a
 * pass). The certificate context listens to issue the certificate. Fired inside the locking transaction.
 */
public record AssessmentPassed(long candidateId, long workerAccountId, long sessionId, long occupationId, int level,
                               long bodyId) {
}
