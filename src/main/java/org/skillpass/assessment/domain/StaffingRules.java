package org.skillpass.assessment.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Staffing of an assessment session (DOMAIN.md, Assessment), with the national defaults; a region may
 * set its own numbers. Practical assessors: an odd number, at least {@code minPracticalAssessors}, and at
 * most {@code candidatesPerAssessor} candidates each. Theory invigilators: at least
 * {@code minInvigilatorsPerRoom} in every room and one per {@code candidatesPerInvigilator} candidates.
 */
public record StaffingRules(int minPracticalAssessors, int candidatesPerAssessor, int minInvigilatorsPerRoom,
                            int candidatesPerInvigilator) {

    public static final StaffingRules DEFAULTS = new StaffingRules(3, 5, 2, 15);

    /** Every message key {@link #problems} can return. */
    public static final java.util.List<String> KEYS = java.util.List.of("staffing.practical.tooFew", "staffing.practical.odd",
            "staffing.practical.ratio", "staffing.invigilators.perRoom", "staffing.invigilators.ratio");

    /** Message keys of the rules a panel breaks (empty when it is properly staffed). */
    public List<String> problems(int candidates, int practicalAssessors, int[] invigilatorsPerRoom) {
        List<String> problems = new ArrayList<>();
        if (practicalAssessors < minPracticalAssessors) {
            problems.add("staffing.practical.tooFew");
        }
        if (practicalAssessors % 2 == 0) {
            problems.add("staffing.practical.odd");
        }
        if (practicalAssessors > 0 && candidates > (long) practicalAssessors * candidatesPerAssessor) {
            problems.add("staffing.practical.ratio");
        }
        int invigilators = 0;
        for (int n : invigilatorsPerRoom) {
            invigilators += n;
            if (n < minInvigilatorsPerRoom) {
                problems.add("staffing.invigilators.perRoom");
                break;
            }
        }
        int needed = (candidates + candidatesPerInvigilator - 1) / candidatesPerInvigilator;
        if (invigilators < needed) {
            problems.add("staffing.invigilators.ratio");
        }
        return problems;
    }
}
