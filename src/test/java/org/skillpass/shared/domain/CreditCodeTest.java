package org.skillpass.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB 32100-2015 unified social credit codes. */
class CreditCodeTest {

    @Test
    void acceptsCodesWithCorrectCheckCharacter() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue(); // published example
        assertThat(CreditCode.isValid("52220204MJ00000028")).isTrue();
        assertThat(CreditCode.isValid(" 52220204mj00000028 ")).isTrue();
    }

    @Test
    void rejectsWrongCheckLengthAndAlphabet() {
        assertThat(CreditCode.isValid("52220204MJ00000029")).isFalse();
        assertThat(CreditCode.isValid("52220204MJ0000002")).isFalse();
        assertThat(CreditCode.isValid("52220204MI00000028")).isFalse(); // I is not in the alphabet
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void checkCharacterMatchesValidation() {
        String first17 = "91220202MA0000005";
        assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isTrue();
    }
}
