package org.skillpass.subsidy.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * One line of "how we got here", as a resource-bundle key and MessageFormat arguments so the screen
 * shows it in the reader's language. Arguments are numbers, dates and strings; years are passed as
 * strings so MessageFormat does not print "2,026".
 */
public record Explanation(String messageKey, Object[] args) {

    public Explanation {
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Explanation of(String messageKey, Object... args) {
        return new Explanation(messageKey, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation other && other.messageKey.equals(messageKey)
                && Arrays.equals(other.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * messageKey.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(args);
    }
}
