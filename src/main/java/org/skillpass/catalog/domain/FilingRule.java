package org.skillpass.catalog.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 开班备案: a class may be filed only with a roster, a teaching plan, teachers, an assessment plan and a
 * schedule, and at least {@code leadDays} before it starts (7 by default, per region); a class opened for
 * an employer's training order also needs the employer's confirmation.
 * Returns every missing piece at once, so staff can fix them together.
 */
public final class FilingRule {

    /** Every message key {@link #problems} can return. */
    public static final List<String> KEYS = List.of("filing.roster", "filing.teachingPlan", "filing.teachers",
            "filing.assessmentPlan", "filing.schedule", "filing.leadTime", "filing.employerConfirmation");

    private FilingRule() {
    }

    /** Message keys of what is missing; empty when the class can be filed. */
    public static List<String> problems(TrainingClass c, long rosterSize, long sessionCount, LocalDate today, int leadDays) {
        return problems(c, rosterSize, sessionCount, today, leadDays, true);
    }

    /**
     * @param orderNeedsConfirmation whether a class opened for an employer's order waits for the
     *                               employer's confirmation (the default; a region may waive it)
     */
    public static List<String> problems(TrainingClass c, long rosterSize, long sessionCount, LocalDate today, int leadDays,
                                        boolean orderNeedsConfirmation) {
        List<String> problems = new ArrayList<>();
        if (rosterSize == 0) {
            problems.add("filing.roster");
        }
        if (blank(c.getTeachingPlan())) {
            problems.add("filing.teachingPlan");
        }
        if (blank(c.getTeachers())) {
            problems.add("filing.teachers");
        }
        if (blank(c.getAssessmentPlan())) {
            problems.add("filing.assessmentPlan");
        }
        if (sessionCount == 0) {
            problems.add("filing.schedule");
        }
        if (ChronoUnit.DAYS.between(today, c.getStartDate()) < leadDays) {
            problems.add("filing.leadTime");
        }
        if (orderNeedsConfirmation && c.getOrderId() != null && c.getOrderConfirmedAt() == null) {
            problems.add("filing.employerConfirmation");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
