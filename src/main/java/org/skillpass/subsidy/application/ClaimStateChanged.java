package org.skillpass.subsidy.application;

import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.PayeeType;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A subsidy claim changed state (or was created: {@code from} is null). Fired by the subsidy context
 * inside the transaction of the change, once per claim changed on its own; a set-based change (batch approval)
 * fires one {@link ClaimsStateChanged} listing one of these per claim instead. The reporting context keeps its
 * subsidy figures current from both.
 *
 * @param regionPath   the region the claim belongs to (the class's or assessment session's region)
 * @param organisationId the institution or assessment body whose class or session the claim is for, if any
 * @param payeeOrganisationId the organisation paid (institution, body, employer), null when the learner is paid
 * @param amount       the claim's amount after the change (a recovery carries the amount recovered)
 */
public record ClaimStateChanged(long claimId, ClaimType type, PayeeType payee, Long payeeOrganisationId,
                                long workerAccountId, String regionPath, Long organisationId,
                                ClaimState from, ClaimState to, BigDecimal amount, Instant at) {
}
