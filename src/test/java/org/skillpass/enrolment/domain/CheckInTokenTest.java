package org.skillpass.enrolment.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotating QR token: bound to a session, valid for its window and the next, unforgeable. */
class CheckInTokenTest {

    private final CheckInToken tokens = new CheckInToken("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), 30);
    private final Instant t0 = Instant.parse("2026-12-01T01:00:05Z");

    @Test
    void validInItsWindowAndTheNextOnly() {
        String token = tokens.issue(42, t0);
        assertThat(tokens.check(token, 42, t0)).isNull();
        assertThat(tokens.check(token, 42, t0.plusSeconds(30))).isNull();
        assertThat(tokens.check(token, 42, t0.plusSeconds(60))).isEqualTo(CheckInToken.Problem.EXPIRED);
        assertThat(tokens.check(token, 42, t0.minusSeconds(30))).isEqualTo(CheckInToken.Problem.EXPIRED);
        assertThat(tokens.secondsLeft(t0)).isEqualTo(25);
    }

    @Test
    void boundToItsSessionAndSigned() {
        String token = tokens.issue(42, t0);
        assertThat(tokens.check(token, 43, t0)).isEqualTo(CheckInToken.Problem.OTHER_SESSION);
        String[] p = token.split("\\.");
        assertThat(tokens.check("43." + p[1] + "." + p[2], 43, t0)).isEqualTo(CheckInToken.Problem.FORGED);
        assertThat(tokens.check(p[0] + "." + (Long.parseLong(p[1]) + 5) + "." + p[2], 42, t0)).isEqualTo(CheckInToken.Problem.FORGED);
        CheckInToken otherKey = new CheckInToken("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8), 30);
        assertThat(tokens.check(otherKey.issue(42, t0), 42, t0)).isEqualTo(CheckInToken.Problem.FORGED);
        assertThat(tokens.check("garbage", 42, t0)).isEqualTo(CheckInToken.Problem.MALFORMED);
        assertThat(tokens.check(null, 42, t0)).isEqualTo(CheckInToken.Problem.MALFORMED);
        assertThat(CheckInToken.sessionOf(token)).isEqualTo(42L);
    }
}
