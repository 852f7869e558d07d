package org.skillpass.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB 11643-1999 resident identity numbers. */
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsValidNumbersWithDigitOrXCheck() {
        // the standard's own worked example: 11010519491231002X
        assertThat(IdNumber.check("11010519491231002X", TODAY)).isNull();
        assertThat(IdNumber.check("220202199003071230", TODAY)).isNull();
        assertThat(IdNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThat(IdNumber.check("110105194912310021", TODAY)).isEqualTo(IdNumber.Problem.CHECK_DIGIT);
        assertThat(IdNumber.check("220202199003071231", TODAY)).isEqualTo(IdNumber.Problem.CHECK_DIGIT);
        assertThatThrownBy(() -> IdNumber.parse("220202199003071231"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("idnumber.check_digit"));
    }

    @Test
    void rejectsImpossibleBirthDates() {
        assertThat(IdNumber.check(withCheck("22020219900230123"), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE); // 30 Feb
        assertThat(IdNumber.check(withCheck("22020219901301123"), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE); // month 13
        assertThat(IdNumber.check(withCheck("22020218991231123"), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE); // before 1900
        assertThat(IdNumber.check(withCheck("22020220261124123"), TODAY)).isEqualTo(IdNumber.Problem.BIRTH_DATE); // tomorrow
        assertThat(IdNumber.check(withCheck("22020220000229123"), TODAY)).isNull(); // leap day exists in 2000
    }

    @ParameterizedTest
    @ValueSource(strings = {"22020219900307123", "2202021990030712300", "220202900307123", "1"})
    void rejectsWrongLength(String text) {
        assertThat(IdNumber.check(text, TODAY)).isEqualTo(IdNumber.Problem.LENGTH);
    }

    @Test
    void rejectsLettersAndEmpty() {
        assertThat(IdNumber.check("22020219900307A230", TODAY)).isEqualTo(IdNumber.Problem.FORMAT);
        assertThat(IdNumber.check("22020219900307123Y", TODAY)).isEqualTo(IdNumber.Problem.FORMAT);
        assertThat(IdNumber.check("２２０２０２１９９００３０７１２３０", TODAY)).isEqualTo(IdNumber.Problem.FORMAT); // full-width digits
        assertThat(IdNumber.check("  ", TODAY)).isEqualTo(IdNumber.Problem.EMPTY);
        assertThat(IdNumber.check(null, TODAY)).isEqualTo(IdNumber.Problem.EMPTY);
    }

    @Test
    void derivesBirthDateGenderRegionAndMask() {
        IdNumber id = IdNumber.parse("220202199003071230");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(id.addressCode()).isEqualTo("220202");
        assertThat(id.masked()).isEqualTo("220***********1230");
        assertThat(id.toString()).doesNotContain("19900307");
        assertThat(IdNumber.parse("11010519491231002X").gender()).isEqualTo(Gender.FEMALE);
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
