package org.skillpass.subsidy.application;

import org.skillpass.shared.domain.DomainException;
import org.skillpass.subsidy.domain.Refusal;

import java.util.List;

/**
 * A claim was not submitted because eligibility rules refused it; every refusal is carried so the
 * applicant reads each reason exactly ({@code subsidy.rule.*} messages), not just "refused".
 */
public class ClaimRefusedException extends DomainException {

    private final transient List<Refusal> refusals;

    public ClaimRefusedException(List<Refusal> refusals) {
        super("subsidy.claim.refused", refusals.size());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
