package org.skillpass.catalog.application;

import org.skillpass.catalog.domain.Course;
import org.skillpass.shared.application.Caller;

/**
 * What the catalog needs to know when a class is opened for an employer's training order; the
 * enrolment context (which owns orders) implements it.
 */
public interface OrderLink {

    /**
     * @throws org.skillpass.shared.domain.DomainException unless the caller's institution accepted the
     *         order and the course trains its occupation and level
     */
    void checkLinkable(Caller caller, long orderId, Course course);
}
