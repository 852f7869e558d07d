package org.skillpass.shared.domain;

/** A rule broken by one input field; forms show the message beside that field. */
public class FieldException extends DomainException {

    private final String field;

    public FieldException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
