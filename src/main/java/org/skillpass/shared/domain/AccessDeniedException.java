package org.skillpass.shared.domain;

/** The caller may not see or change this; services throw it before touching data of another tenant. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
