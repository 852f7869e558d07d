package org.skillpass.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillpass.shared.domain.DomainException;

class CertificateNumberTest {

    @Test
    void buildsASkillLevelNumberFromItsParts() {
        CertificateNumber n = CertificateNumber.skillLevel('S', "1234", "22", "000101", 2026, 4, 123);

        assertThat(n.value()).isEqualTo("S123422000101264000123").hasSize(22);
        assertThat(n.type()).contains(CertificateType.SKILL_LEVEL);
        assertThat(n.legacy()).isFalse();
        assertThat(n.bodyType()).isEqualTo('S');
        assertThat(n.bodyCode()).isEqualTo("1234");
        assertThat(n.province()).isEqualTo("22");
        assertThat(n.site()).isEqualTo("000101");
        assertThat(n.year()).isEqualTo(26);
        assertThat(n.level()).isEqualTo(4);
        assertThat(n.serial()).isEqualTo(123);
        assertThat(n.series()).isEqualTo("S12342200010126 4".replace(" ", ""));
    }

    @Test
    void twoDigitAndFullYearsMeanTheSame() {
        assertThat(CertificateNumber.skillLevel('y', "0001", "41", "000001", 26, 5, 1))
                .isEqualTo(CertificateNumber.skillLevel('Y', "0001", "41", "000001", 2026, 5, 1));
    }

    @Test
    void seriesIsTheFirstSixteenCharactersThatSerialsCountWithin() {
        String series = CertificateNumber.skillLevelSeries('Y', "0001", "41", "000007", 2027, 3);

        assertThat(series).isEqualTo("Y000141000007273").hasSize(16);
        assertThat(CertificateNumber.skillLevel('Y', "0001", "41", "000007", 2027, 3, 999_999).value())
                .startsWith(series).endsWith("999999");
    }

    @Test
    void parsesWhatItBuildsTrimmingAndUppercasing() {
        CertificateNumber n = CertificateNumber.parse("  y000141000007273000042 \n");

        assertThat(n.value()).isEqualTo("Y000141000007273000042");
        assertThat(n.level()).isEqualTo(3);
        assertThat(n.serial()).isEqualTo(42);
        assertThat(n).isEqualTo(CertificateNumber.skillLevel('Y', "0001", "41", "000007", 27, 3, 42));
        assertThat(n.hashCode()).isEqualTo(CertificateNumber.parse(n.value()).hashCode());
        assertThat(n.toString()).isEqualTo(n.value());
    }

    @Test
    void buildsAndParsesSpecialAbilityAndTrainingNumbers() {
        CertificateNumber zx = CertificateNumber.other(CertificateType.SPECIAL_ABILITY, "1234", "22", 2026, 77);
        CertificateNumber px = CertificateNumber.other(CertificateType.TRAINING_COMPLETION, "0420", "41", 26, 1);

        assertThat(zx.value()).isEqualTo("ZX221234260000 0077".replace(" ", "")).hasSize(18);
        assertThat(px.value()).isEqualTo("PX410420260000 0001".replace(" ", ""));
        assertThat(CertificateNumber.otherSeries(CertificateType.SPECIAL_ABILITY, "1234", "22", 2026))
                .isEqualTo("ZX22123426");
        assertThat(zx.series()).isEqualTo("ZX22123426");
        assertThat(CertificateNumber.parse("zx221234260000 0077".replace(" ", ""))).isEqualTo(zx);
        assertThat(CertificateNumber.parse(px.value()).type()).contains(CertificateType.TRAINING_COMPLETION);
        assertThat(zx.type()).contains(CertificateType.SPECIAL_ABILITY);
        assertThat(zx.province()).isEqualTo("22");
        assertThat(zx.bodyCode()).isEqualTo("1234");
        assertThat(zx.year()).isEqualTo(26);
        assertThat(zx.serial()).isEqualTo(77);
        assertThatThrownBy(zx::level).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsTheLegacySixteenDigitNumberForVerificationOnly() {
        CertificateNumber legacy = CertificateNumber.parse("1022000000123456");

        assertThat(legacy.legacy()).isTrue();
        assertThat(legacy.type()).isEmpty();
        assertThat(CertificateNumber.isValid("1022000000123456")).isTrue();
        assertThatThrownBy(legacy::level).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(legacy::serial).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "S12342200010126400012",     // 21 characters
        "S1234220001012640001234",   // 23 characters
        "X123422000101264000123",    // unknown body type
        "S123422000101260000123",    // level 0
        "S123422000101266000123",    // level 6
        "S1234220001012640001A3",    // letter in the serial
        "ZX2212342600000077X",       // 19 characters
        "ZX22123426000007",          // 16 characters
        "ZY221234260000 0077",       // unknown prefix (and a blank)
        "QX221234260000077 ",        // unknown prefix
        "102200000012345",           // 15 digits
        "10220000001234567",         // 17 digits
        "１０２２０００００００１２３４５６", // full-width digits
    })
    void rejectsWhatMatchesNoShape(String text) {
        assertThat(CertificateNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> CertificateNumber.parse(text))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certificate.number.invalid"));
    }

    @Test
    void nullIsInvalid() {
        assertThat(CertificateNumber.isValid(null)).isFalse();
    }

    @Test
    void factoriesRejectMalformedParts() {
        assertThatThrownBy(() -> CertificateNumber.skillLevel('X', "1234", "22", "000101", 26, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body type");
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "123", "22", "000101", 26, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body code");
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "1234", "2A", "000101", 26, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("province");
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "1234", "22", "00101", 26, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site");
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "1234", "22", "000101", 26, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "1234", "22", "000101", 26, 6, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "1234", "22", "000101", 1999, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "1234", "22", "000101", 26, 4, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serial");
        assertThatThrownBy(() -> CertificateNumber.other(CertificateType.SKILL_LEVEL, "1234", "22", 26, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateNumber.other(null, "1234", "22", 26, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeriesRunsOutAfterItsLastSerial() {
        assertThat(CertificateNumber.skillLevel('S', "1234", "22", "000101", 26, 4, 999_999).serial())
                .isEqualTo(CertificateNumber.maxSerial(CertificateType.SKILL_LEVEL));
        assertThatThrownBy(() -> CertificateNumber.skillLevel('S', "1234", "22", "000101", 26, 4, 1_000_000))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("certificate.number.exhausted");
                    assertThat(e.args()).containsExactly("S12342200010126" + "4");
                });
        assertThat(CertificateNumber.other(CertificateType.TRAINING_COMPLETION, "0001", "22", 26, 99_999_999)
                .value()).endsWith("99999999");
        assertThatThrownBy(() -> CertificateNumber.other(CertificateType.TRAINING_COMPLETION, "0001", "22", 26,
                100_000_000))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certificate.number.exhausted"));
    }
}
