package org.skillpass.enrolment.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.Gender;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each attendance fraud rule, at its boundaries. */
class FraudRulesTest {

    private final LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 0);
    private final LocalDateTime end = LocalDateTime.of(2026, 12, 1, 12, 0);

    @Test
    void outsideSessionTimeAllowsHalfAnHourEarly() {
        assertThat(FraudRules.outsideSession(start.minusMinutes(30), start, end)).isFalse();
        assertThat(FraudRules.outsideSession(start.minusMinutes(31), start, end)).isTrue();
        assertThat(FraudRules.outsideSession(end, start, end)).isFalse();
        assertThat(FraudRules.outsideSession(end.plusSeconds(1), start, end)).isTrue();
    }

    @Test
    void overlappingSessions() {
        assertThat(FraudRules.overlaps(start, end, end.minusMinutes(1), end.plusHours(1))).isTrue();
        assertThat(FraudRules.overlaps(start, end, end, end.plusHours(1))).as("back to back").isFalse();
    }

    @Test
    void wholeClassInOneSecond() {
        Instant t = Instant.parse("2026-12-01T01:00:00Z");
        List<Instant> together = List.of(t, t.plusMillis(300), t.plusMillis(999));
        assertThat(FraudRules.sameSecond(together, 3)).isTrue();
        assertThat(FraudRules.sameSecond(List.of(t, t.plusMillis(300), t.plusMillis(1000)), 3)).isFalse();
        assertThat(FraudRules.sameSecond(together, 4)).as("not everybody yet").isFalse();
        assertThat(FraudRules.sameSecond(List.of(t, t), 2)).as("too few to mean anything").isFalse();
    }

    @Test
    void studentsAndPensioners() {
        LocalDate on = LocalDate.of(2026, 12, 1);
        assertThat(FraudRules.student(LearnerStatus.STUDENT)).isTrue();
        assertThat(FraudRules.student(LearnerStatus.UNEMPLOYED)).isFalse();
        assertThat(FraudRules.pensioner(LearnerStatus.UNSPECIFIED, Gender.MALE, LocalDate.of(1966, 12, 1), on)).isTrue();
        assertThat(FraudRules.pensioner(LearnerStatus.UNSPECIFIED, Gender.MALE, LocalDate.of(1966, 12, 2), on)).isFalse();
        assertThat(FraudRules.pensioner(LearnerStatus.UNSPECIFIED, Gender.FEMALE, LocalDate.of(1971, 12, 1), on)).isTrue();
        assertThat(FraudRules.pensioner(LearnerStatus.UNSPECIFIED, Gender.FEMALE, LocalDate.of(1971, 12, 2), on)).isFalse();
        assertThat(FraudRules.pensioner(LearnerStatus.PENSIONER, Gender.FEMALE, LocalDate.of(1990, 1, 1), on)).isTrue();
    }
}
