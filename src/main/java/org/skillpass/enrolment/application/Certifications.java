package org.skillpass.enrolment.application;

import java.util.Collection;

/**
 * How many of some workers hold a final pass for an occupation and level (a locked pass issues the
 * certificate at once). The assessment context implements it, so enrolment does not depend on it.
 */
public interface Certifications {

    long certifiedAmong(Collection<Long> workerIds, long occupationId, int level);
}
