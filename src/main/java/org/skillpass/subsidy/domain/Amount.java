package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A claim amount in yuan (scale 2) with the steps that produced it, in order, for the claim screen. */
public record Amount(BigDecimal value, List<Explanation> explanation) {

    public Amount {
        value = Yuan.of(Objects.requireNonNull(value, "value"));
        explanation = List.copyOf(explanation);
    }
}
