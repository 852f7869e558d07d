package org.skillpass.identity.domain;

import org.junit.jupiter.api.Test;
import org.skillpass.shared.domain.DomainException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void needsEightToSixtyFourCharactersWithLettersAndDigits() {
        assertThatCode(() -> PasswordPolicy.check("abcd1234")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("abc1234")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("password.length");
        assertThatThrownBy(() -> PasswordPolicy.check("a1".repeat(33))).hasMessageStartingWith("password.length");
        assertThatThrownBy(() -> PasswordPolicy.check("abcdefgh")).hasMessageStartingWith("password.mix");
        assertThatThrownBy(() -> PasswordPolicy.check("12345678")).hasMessageStartingWith("password.mix");
        assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessageStartingWith("password.length");
    }
}
