package org.skillpass.subsidy.domain;

import java.util.Objects;

/**
 * A claim the person made before, as far as the rules need it.
 *
 * @param year           calendar year of that claim's claim date
 * @param occupationCode its occupation (or 专项 item) code, may be null for living allowance
 * @param level          its skill level (5 = 五级 … 1 = 一级), null when it had none
 */
public record PriorClaim(ClaimType type, int year, String occupationCode, Integer level, ClaimState state) {

    public PriorClaim {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
    }

    /** SUBMITTED to PAID count; drafts, rejected and recovered claims do not ({@link ClaimState#counts()}). */
    public boolean counts() {
        return state.counts();
    }
}
