package org.skillpass.catalog.domain;

import org.skillpass.shared.domain.FieldException;

import java.math.BigDecimal;

/** What makes a course valid, checked before it is stored. */
public final class CourseRules {

    public static final int MAX_HOURS = 2000;

    private CourseRules() {
    }

    public static void check(CourseKind kind, Occupation occupation, SkillLevel level, String title,
                             TrainingType type, DeliveryMode mode, int theoryHours, int practicalHours, BigDecimal cost) {
        if (kind == null) {
            throw new FieldException("kind", "course.kind.required");
        }
        if (title == null || title.isBlank() || title.strip().length() > 128) {
            throw new FieldException("title", "course.title.invalid");
        }
        if (kind.needsOccupation() && occupation == null) {
            throw new FieldException("occupation", "course.occupation.required");
        }
        if (kind == CourseKind.OCCUPATION_LEVEL) {
            if (level == null) {
                throw new FieldException("level", "course.level.required");
            }
            if (!occupation.offers(level)) {
                throw new FieldException("level", "course.level.notOffered");
            }
        }
        if (type == null) {
            throw new FieldException("trainingType", "course.trainingType.required");
        }
        if (mode == null) {
            throw new FieldException("deliveryMode", "course.deliveryMode.required");
        }
        if (theoryHours < 0 || practicalHours < 0 || theoryHours + practicalHours == 0
                || theoryHours + practicalHours > MAX_HOURS) {
            throw new FieldException("theoryHours", "course.hours.invalid", MAX_HOURS);
        }
        if (cost == null || cost.signum() < 0 || cost.scale() > 2 || cost.compareTo(new BigDecimal("100000")) > 0) {
            throw new FieldException("cost", "course.cost.invalid");
        }
    }
}
