package org.skillpass.catalog.domain;

import org.skillpass.shared.domain.FieldException;

import java.time.LocalDate;

/** The editable part of a class, validated as a whole. */
public record ClassDetails(String name, LocalDate startDate, LocalDate endDate, String venue, boolean online,
                           int capacity, String teachers, String teachingPlan, String assessmentPlan) {

    public static final int MAX_CAPACITY = 500;

    public void check() {
        if (name == null || name.isBlank() || name.strip().length() > 128) {
            throw new FieldException("name", "class.name.invalid");
        }
        if (startDate == null) {
            throw new FieldException("startDate", "class.startDate.required");
        }
        if (endDate == null || endDate.isBefore(startDate)) {
            throw new FieldException("endDate", "class.endDate.beforeStart");
        }
        if (!online && (venue == null || venue.isBlank())) {
            throw new FieldException("venue", "class.venue.required");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new FieldException("capacity", "class.capacity.invalid", MAX_CAPACITY);
        }
    }
}
