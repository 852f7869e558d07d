package org.skillpass.subsidy.domain;

import org.skillpass.shared.domain.DomainException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a claim is in its workflow (DOMAIN.md, Subsidies):
 * <pre>
 * DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED | REJECTED
 *         SUBMITTED → APPROVED | REJECTED        (batch decision straight from the queue)
 * APPROVED → PUBLIC_NOTICE → PAYABLE → PAID
 * APPROVED | PUBLIC_NOTICE | PAYABLE | PAID → RECOVERED   (追回, fraud found)
 * </pre>
 * REJECTED and RECOVERED are terminal. An objection during the notice that holds up is a recovery
 * (the approval was wrong), not a step back to review, so the audit trail never rewinds.
 */
public enum ClaimState {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, PUBLIC_NOTICE, PAYABLE, PAID, RECOVERED;

    private static final Map<ClaimState, Set<ClaimState>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED),
            UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(PUBLIC_NOTICE, RECOVERED),
            REJECTED, EnumSet.noneOf(ClaimState.class),
            PUBLIC_NOTICE, EnumSet.of(PAYABLE, RECOVERED),
            PAYABLE, EnumSet.of(PAID, RECOVERED),
            PAID, EnumSet.of(RECOVERED),
            RECOVERED, EnumSet.noneOf(ClaimState.class));

    public boolean canMoveTo(ClaimState next) {
        return next != null && NEXT.get(this).contains(next);
    }

    /** @throws DomainException {@code subsidy.state.illegal} with this state and the requested one */
    public void requireMoveTo(ClaimState next) {
        if (!canMoveTo(next)) {
            throw new DomainException("subsidy.state.illegal", this, next);
        }
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    /**
     * Whether a claim in this state uses up the person's yearly quota (R1) and their once-per-level
     * subsidy (R2): everything from SUBMITTED to PAID. Drafts were never claimed; rejected and recovered
     * claims gave nothing (or had it taken back).
     */
    public boolean counts() {
        return this != DRAFT && this != REJECTED && this != RECOVERED;
    }
}
