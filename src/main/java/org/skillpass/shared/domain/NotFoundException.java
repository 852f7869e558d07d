package org.skillpass.shared.domain;

/** Nothing the caller may see exists under that key (also used when it exists but is out of scope). */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.notFound");
    }
}
