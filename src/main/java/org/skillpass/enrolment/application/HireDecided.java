package org.skillpass.enrolment.application;

/** An employer recorded or changed a hiring decision on a trainee of its order; fired inside that transaction. */
public record HireDecided(long orderId, long enrolmentId) {
}
