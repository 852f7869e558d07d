package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.DomainException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillpass.subsidy.domain.ClaimState.*;

/** The claim workflow of DOMAIN.md, every pair of states checked against the expected table. */
class ClaimStateTest {

    private static final Map<ClaimState, Set<ClaimState>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED),
            UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(PUBLIC_NOTICE, RECOVERED),
            REJECTED, EnumSet.noneOf(ClaimState.class),
            PUBLIC_NOTICE, EnumSet.of(PAYABLE, RECOVERED),
            PAYABLE, EnumSet.of(PAID, RECOVERED),
            PAID, EnumSet.of(RECOVERED),
            RECOVERED, EnumSet.noneOf(ClaimState.class));

    @Test
    void everyPairFollowsTheWorkflow() {
        for (ClaimState from : values()) {
            for (ClaimState to : values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.canMoveTo(null)).isFalse();
        }
    }

    @Test
    void batchApprovalStraightFromTheQueue() {
        assertThat(SUBMITTED.canMoveTo(APPROVED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(REJECTED)).isTrue();
    }

    @Test
    void noShortcutsToMoney() {
        assertThat(APPROVED.canMoveTo(PAYABLE)).as("the notice cannot be skipped").isFalse();
        assertThat(PUBLIC_NOTICE.canMoveTo(PAID)).isFalse();
        assertThat(DRAFT.canMoveTo(APPROVED)).isFalse();
        assertThat(REJECTED.canMoveTo(RECOVERED)).as("nothing was paid").isFalse();
    }

    @Test
    void terminalStates() {
        assertThat(EnumSet.allOf(ClaimState.class)).filteredOn(ClaimState::isTerminal)
                .containsExactlyInAnyOrder(REJECTED, RECOVERED);
    }

    @Test
    void requireMoveToSaysFromAndTo() {
        PAID.requireMoveTo(RECOVERED);
        assertThatThrownBy(() -> PAID.requireMoveTo(APPROVED))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("subsidy.state.illegal");
                    assertThat(e.args()).containsExactly(PAID, APPROVED);
                });
    }

    @Test
    void countingStatesAreSubmittedToPaid() {
        assertThat(EnumSet.allOf(ClaimState.class)).filteredOn(ClaimState::counts)
                .containsExactlyInAnyOrder(SUBMITTED, UNDER_REVIEW, APPROVED, PUBLIC_NOTICE, PAYABLE, PAID);
    }
}
