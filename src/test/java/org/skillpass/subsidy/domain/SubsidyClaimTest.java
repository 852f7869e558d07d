package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The claim entity keeps the state table, needs reasons, and recovers only what was paid. */
class SubsidyClaimTest {

    private static SubsidyClaim claim() {
        SubsidyClaim.Draft d = new SubsidyClaim.Draft(ClaimType.TRAINING, PayeeType.LEARNER, null, 7L, "220204",
                "220000/220200/220204/", 3L, 4L, 5L, null, 6L, CertificateKind.SKILL_LEVEL, 9L, "6-31-01-03", 5,
                "RURAL_TRANSFER", "EMPLOYED", null, null, null, null, null);
        return new SubsidyClaim(d, new Amount(new BigDecimal("1300"), List.of()), "[]", 7L, "worker", Instant.now());
    }

    @Test
    void aDraftIsSubmittedDecidedAndCannotBeDecidedTwice() {
        SubsidyClaim c = claim();
        assertThat(c.getState()).isEqualTo(ClaimState.DRAFT);
        assertThat(c.getAmount()).isEqualByComparingTo("1300.00");
        assertThatThrownBy(() -> c.approve(Instant.now(), "hr")).isInstanceOf(DomainException.class)
                .hasMessageContaining("subsidy.state.illegal");
        c.submit(Instant.now(), 2026, "[]");
        assertThat(c.getClaimYear()).isEqualTo(2026);
        assertThatThrownBy(() -> c.reject(Instant.now(), "hr", "  ")).isInstanceOf(FieldException.class);
        c.startReview(Instant.now());
        c.approve(Instant.now(), "hr");
        assertThat(c.getState()).isEqualTo(ClaimState.APPROVED);
        assertThatThrownBy(() -> c.reject(Instant.now(), "hr", "late")).hasMessageContaining("subsidy.state.illegal");
    }

    @Test
    void aRecoveryNeedsAReasonAndTakesBackNoMoreThanWasPaid() {
        SubsidyClaim approved = claim();
        approved.submit(Instant.now(), 2026, "[]");
        approved.approve(Instant.now(), "hr");
        assertThatThrownBy(() -> approved.recover(Instant.now(), "hr", new BigDecimal("1"), "fraud"))
                .hasMessageContaining("subsidy.recover.notPaid");
        assertThatThrownBy(() -> approved.recover(Instant.now(), "hr", null, "")).hasMessageContaining("subsidy.reason.required");
        approved.recover(Instant.now(), "hr", null, "证书造假");
        assertThat(approved.getState()).isEqualTo(ClaimState.RECOVERED);
        assertThat(approved.getRecoveredAmount()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> approved.recover(Instant.now(), "hr", null, "again")).hasMessageContaining("subsidy.state.illegal");
    }

    @Test
    void referencesAreReadBackAndAnythingElseIsNone() {
        assertThat(SubsidyClaim.reference(123)).isEqualTo("BT00000123");
        assertThat(SubsidyClaim.idOf(" bt00000123 ")).isEqualTo(123L);
        assertThat(SubsidyClaim.idOf("BT123")).isNull();
        assertThat(SubsidyClaim.idOf("XX00000123")).isNull();
        assertThat(SubsidyClaim.idOf(null)).isNull();
    }

    @Test
    void onlyAnOrganisationPayeeNamesAnOrganisation() {
        assertThatThrownBy(() -> new SubsidyClaim.Draft(ClaimType.TRAINING, PayeeType.INSTITUTION, null, 7L, "220204",
                "220000/220200/220204/", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
