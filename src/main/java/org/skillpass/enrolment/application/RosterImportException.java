package org.skillpass.enrolment.application;

import org.skillpass.enrolment.infrastructure.RosterSheet;
import org.skillpass.shared.domain.DomainException;

import java.util.List;

/** A roster upload refused as a whole; {@link #errors()} lists every problem with its row and column. */
public class RosterImportException extends DomainException {

    private final transient List<RosterSheet.RowError> errors;

    public RosterImportException(List<RosterSheet.RowError> errors) {
        super("roster.import.failed", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RosterSheet.RowError> errors() {
        return errors;
    }
}
