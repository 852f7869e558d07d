package org.skillpass.shared.domain;

/** An identity number that fails GB 11643; the message key names the problem. */
public class InvalidIdNumberException extends DomainException {

    private final IdNumber.Problem problem;

    public InvalidIdNumberException(IdNumber.Problem problem) {
        super("idnumber." + problem.name().toLowerCase(java.util.Locale.ROOT));
        this.problem = problem;
    }

    public IdNumber.Problem problem() {
        return problem;
    }
}
