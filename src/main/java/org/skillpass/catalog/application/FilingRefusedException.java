package org.skillpass.catalog.application;

import org.skillpass.shared.domain.DomainException;

import java.util.List;

/** Filing refused; {@link #problems()} names every missing piece (message keys). */
public class FilingRefusedException extends DomainException {

    private final List<String> problems;

    public FilingRefusedException(List<String> problems, int leadDays) {
        super("filing.refused", leadDays);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
