package org.skillpass.shared.domain;

/** Nothing the caller may see exists under that key (also used when it exists but is out of scope). */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.notFound");
    }

    /** With a message that says what was not found (e.g. "no certificate has this number"). */
    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
