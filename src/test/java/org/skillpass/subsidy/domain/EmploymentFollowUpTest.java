package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.DomainException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillpass.subsidy.domain.FollowUpOutcome.*;
import static org.skillpass.subsidy.domain.FollowUpSource.*;

/** Employment follow-up at 3 and 6 months after class completion. */
class EmploymentFollowUpTest {

    static final LocalDate COMPLETED = LocalDate.of(2026, 8, 31);
    static final EmploymentFollowUp NONE = EmploymentFollowUp.after(COMPLETED);

    @Test
    void checkpointsFollowTheCalendar() {
        assertThat(NONE.due(3)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(NONE.due(6)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void notBeforeTheCheckpointIsDue() {
        assertThatThrownBy(() -> NONE.record(new FollowUp(6, NONE.due(6).minusDays(1), EMPLOYED, INSTITUTION)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("subsidy.followUp.early");
                    assertThat(e.args()).containsExactly(6, LocalDate.of(2027, 2, 28));
                });
        assertThat(NONE.record(new FollowUp(6, NONE.due(6), EMPLOYED, INSTITUTION)).employedAtSixMonths()).isTrue();
    }

    @Test
    void onlyThreeAndSixMonthCheckpoints() {
        assertThatThrownBy(() -> new FollowUp(12, COMPLETED, EMPLOYED, INSTITUTION)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void employedAtSixMonthsNeedsTheSixMonthAnswer() {
        EmploymentFollowUp threeOnly = NONE.record(new FollowUp(3, NONE.due(3), EMPLOYED, EMPLOYER_CONFIRMED));
        assertThat(threeOnly.employedAtSixMonths()).as("3 months says nothing about 6").isFalse();
        assertThat(threeOnly.record(new FollowUp(6, NONE.due(6), NOT_EMPLOYED, INSTITUTION)).employedAtSixMonths()).isFalse();
        assertThat(threeOnly.record(new FollowUp(6, NONE.due(6), UNREACHABLE, INSTITUTION)).employedAtSixMonths())
                .as("unreachable is not employed").isFalse();
        assertThat(threeOnly.record(new FollowUp(6, NONE.due(6), EMPLOYED, EMPLOYER_CONFIRMED)).employedAtSixMonths()).isTrue();
    }

    @Test
    void theLatestRecordCounts() {
        EmploymentFollowUp f = NONE.record(new FollowUp(6, NONE.due(6), UNREACHABLE, INSTITUTION))
                .record(new FollowUp(6, NONE.due(6).plusDays(3), EMPLOYED, INSTITUTION));
        assertThat(f.employedAtSixMonths()).isTrue();
        assertThat(f.latest(6)).map(FollowUp::outcome).contains(EMPLOYED);
        EmploymentFollowUp sameDay = NONE.record(new FollowUp(6, NONE.due(6), EMPLOYED, INSTITUTION))
                .record(new FollowUp(6, NONE.due(6), NOT_EMPLOYED, EMPLOYER_CONFIRMED));
        assertThat(sameDay.employedAtSixMonths()).as("recorded last wins on the same day").isFalse();
    }

    @Test
    void immutable() {
        EmploymentFollowUp f = NONE.record(new FollowUp(3, NONE.due(3), EMPLOYED, INSTITUTION));
        assertThat(NONE.followUps()).isEmpty();
        assertThat(f.followUps()).hasSize(1);
    }

    @Test
    void overdueFromTheDueDayUntilRecorded() {
        assertThat(NONE.overdue(3, NONE.due(3).minusDays(1))).isFalse();
        assertThat(NONE.overdue(3, NONE.due(3))).isTrue();
        assertThat(NONE.record(new FollowUp(3, NONE.due(3), UNREACHABLE, INSTITUTION)).overdue(3, NONE.due(3).plusDays(9)))
                .isFalse();
    }
}
