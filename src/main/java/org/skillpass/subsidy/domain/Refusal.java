package org.skillpass.subsidy.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * An eligibility rule said no: which rule, and why as a resource-bundle key with MessageFormat
 * arguments (e.g. {@code subsidy.rule.quota}: "you already have {0} subsidies in {1}, the limit is {2}").
 */
public record Refusal(String rule, String messageKey, Object[] args) {

    public Refusal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Refusal of(String rule, String messageKey, Object... args) {
        return new Refusal(rule, messageKey, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Refusal other && other.rule.equals(rule) && other.messageKey.equals(messageKey)
                && Arrays.equals(other.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, messageKey) * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return rule + ": " + messageKey + Arrays.toString(args);
    }
}
