package org.skillpass.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void mobileNumbersAreElevenDigitsStartingWith13To19() {
        assertThat(Text.isMobile("13800000001")).isTrue();
        assertThat(Text.isMobile("19912345678")).isTrue();
        assertThat(Text.isMobile("12800000001")).isFalse();
        assertThat(Text.isMobile("1380000000")).isFalse();
        assertThat(Text.isMobile("+8613800000001")).isFalse();
    }

    @Test
    void personNamesAllowHanLettersAndTheMiddleDot() {
        assertThat(Text.isPersonName("张建国")).isTrue();
        assertThat(Text.isPersonName("阿依古丽·买买提")).isTrue();
        assertThat(Text.isPersonName("Li Ming")).isTrue();
        assertThat(Text.isPersonName("张")).isFalse();
        assertThat(Text.isPersonName("张3")).isFalse();
        assertThat(Text.isPersonName("<script>")).isFalse();
    }

    @Test
    void namesShownToStrangersKeepOnlyTheFirstAndLastCharacter() {
        assertThat(Text.maskName("张伟")).isEqualTo("张*");
        assertThat(Text.maskName("张建国")).isEqualTo("张*国");
        assertThat(Text.maskName("欧阳小明")).isEqualTo("欧**明");
        assertThat(Text.maskName(" 李 ")).isEqualTo("李");
        assertThat(Text.maskName(null)).isEmpty();
        assertThat(Text.maskName("𠀀𠀁𠀂")).isEqualTo("𠀀*𠀂"); // characters outside the BMP count once
    }
}
