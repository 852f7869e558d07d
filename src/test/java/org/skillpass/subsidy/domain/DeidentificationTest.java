package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Masks for the public notice. */
class DeidentificationTest {

    @Test
    void names() {
        assertThat(Deidentification.name("张伟")).isEqualTo("张*");
        assertThat(Deidentification.name("张晓明")).isEqualTo("张*明");
        assertThat(Deidentification.name("欧阳建锋")).isEqualTo("欧**锋");
        assertThat(Deidentification.name(" 李 ")).isEqualTo("*");
        assertThat(Deidentification.name("阿依·买买提")).isEqualTo("阿****提");
        assertThat(Deidentification.name(null)).isEmpty();
        assertThat(Deidentification.name("  ")).isEmpty();
    }

    @Test
    void namesAreCountedInCodePoints() {
        String rare = new StringBuilder().appendCodePoint(0x20BB7).toString(); // 𠮷, outside the BMP
        assertThat(Deidentification.name(rare + "明")).isEqualTo(rare + "*");
        assertThat(Deidentification.name("王" + rare + "明")).isEqualTo("王*明");
    }

    @Test
    void idNumbersLikeEverywhereElse() {
        assertThat(Deidentification.idNumber("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(Deidentification.idNumber(" 11010519491231002X ")).isEqualTo("110***********002X");
        assertThat(Deidentification.idNumber("12345")).isEqualTo("****");
        assertThat(Deidentification.idNumber(null)).isEmpty();
    }

    @Test
    void phones() {
        assertThat(Deidentification.phone("13800000001")).isEqualTo("138****0001");
        assertThat(Deidentification.phone("138 0000 0001")).isEqualTo("138****0001");
        assertThat(Deidentification.phone("0432-62345678")).isEqualTo("043*****5678");
        assertThat(Deidentification.phone("1234567")).isEqualTo("****");
        assertThat(Deidentification.phone("")).isEmpty();
    }
}
