package org.skillpass.enrolment.domain;

import org.skillpass.shared.domain.Gender;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

/**
 * Signs of attendance fraud (DOMAIN.md, Attendance), as plain rules over times and people. They raise
 * flags for review; they never refuse a check-in on their own.
 */
public final class FraudRules {

    /** How early before a session a check-in still counts as inside it. */
    public static final Duration EARLY_MARGIN = Duration.ofMinutes(30);
    /** The whole class in the same second looks scripted; below this class size it proves little. */
    public static final int SAME_SECOND_MIN_LEARNERS = 3;

    private FraudRules() {
    }

    public static boolean outsideSession(LocalDateTime at, LocalDateTime start, LocalDateTime end) {
        return at.isBefore(start.minus(EARLY_MARGIN)) || at.isAfter(end);
    }

    /** Two sessions overlap when each starts before the other ends. */
    public static boolean overlaps(LocalDateTime startA, LocalDateTime endA, LocalDateTime startB, LocalDateTime endB) {
        return startA.isBefore(endB) && startB.isBefore(endA);
    }

    /** Every learner of the session checked in within the same second. */
    public static boolean sameSecond(List<Instant> checkIns, long learners) {
        if (learners < SAME_SECOND_MIN_LEARNERS || checkIns.size() < learners) {
            return false;
        }
        Instant min = checkIns.stream().min(Instant::compareTo).orElseThrow();
        Instant max = checkIns.stream().max(Instant::compareTo).orElseThrow();
        return Duration.between(min, max).compareTo(Duration.ofSeconds(1)) < 0;
    }

    /** Declared a pensioner, or past the age limits of DOMAIN.md (60 men, 55 women) on the day. */
    public static boolean pensioner(LearnerStatus declared, Gender gender, LocalDate birthDate, LocalDate on) {
        if (declared == LearnerStatus.PENSIONER) {
            return true;
        }
        int age = Period.between(birthDate, on).getYears();
        return age >= (gender == Gender.MALE ? 60 : 55);
    }

    public static boolean student(LearnerStatus declared) {
        return declared == LearnerStatus.STUDENT;
    }
}
