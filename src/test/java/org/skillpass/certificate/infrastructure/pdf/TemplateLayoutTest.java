package org.skillpass.certificate.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.skillpass.certificate.domain.CertificateType;

class TemplateLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"skill-level.v1.properties", "special-ability.v1.properties",
        "training-completion.v1.properties", "transcript.v1.properties"})
    void theShippedTemplatesLoadFromTheClasspath(String resource) {
        TemplateLayout t = TemplateLayout.classpath(resource);

        assertThat(resource).startsWith(t.name() + ".v1");
        assertThat(t.version()).isEqualTo(1);
        assertThat(t.source()).contains("kind=");
        assertThat(TemplateLayout.classpath(resource)).isSameAs(t);
    }

    @Test
    void readsChineseLabelsColoursAndNumbers() {
        TemplateLayout t = TemplateLayout.classpath("skill-level.v1.properties");

        assertThat(t.kind()).isEqualTo(TemplateLayout.Kind.CERTIFICATE);
        assertThat(t.certificateType()).contains(CertificateType.SKILL_LEVEL);
        assertThat(t.text("label.name")).isEqualTo("姓名");
        assertThat(t.text("label.number")).isEqualTo("证书编号");
        assertThat(t.color("border.color")).isEqualTo(new Color(0x9E, 0x1B, 0x1B));
        assertThat(t.number("title.fontSize")).isEqualTo(32f);
        assertThat(t.landscape()).isFalse();
        TemplateLayout transcript = TemplateLayout.classpath("transcript.v1.properties");
        assertThat(transcript.list("columns.classes")).hasSize(transcript.numbers("widths.classes").length)
                .contains("培训班", "出勤学时");
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        String text = shipped("skill-level.v1.properties").replaceAll("(?m)^label\\.issuer=.*$", "");

        assertThatThrownBy(() -> TemplateLayout.parse("skill-level", 2, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'label.issuer'").hasMessageContaining("skill-level v2");
    }

    @Test
    void aBadValueIsNamed() throws IOException {
        String base = shipped("skill-level.v1.properties");

        assertThatThrownBy(() -> TemplateLayout.parse("x", 1, base.replace("border.color=#9E1B1B", "border.color=red")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'border.color'");
        assertThatThrownBy(() -> TemplateLayout.parse("x", 1, base.replace("qr.size=100", "qr.size=big")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'qr.size'");
        assertThatThrownBy(() -> TemplateLayout.parse("x", 1, base.replace("qr.size=100", "qr.size=-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'qr.size'");
        assertThatThrownBy(() -> TemplateLayout.parse("x", 1,
                base.replace("certificate.type=SKILL_LEVEL", "certificate.type=DIPLOMA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'certificate.type'");
        assertThatThrownBy(() -> TemplateLayout.parse("x", 1, "title=无")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kind'");
        assertThatThrownBy(() -> TemplateLayout.parse("x", 1, "kind=poster"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kind'");
    }

    @Test
    void transcriptColumnsAndWidthsMustAgree() throws IOException {
        String text = shipped("transcript.v1.properties").replace("widths.subsidies=34,22,22,22", "widths.subsidies=34,22,22");

        assertThatThrownBy(() -> TemplateLayout.parse("transcript", 9, text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'widths.subsidies'");
    }

    @Test
    void askingForAnUnknownKeyNamesIt() {
        TemplateLayout t = TemplateLayout.classpath("skill-level.v1.properties");

        assertThatThrownBy(() -> t.text("label.seal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'label.seal'");
        assertThat(t.optionalText("label.seal")).isEmpty();
    }

    @Test
    void resourceNamesMustCarryAVersion() {
        assertThatThrownBy(() -> TemplateLayout.classpath("skill-level.properties"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateLayout.classpath("missing.v1.properties"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.v1.properties");
    }

    private static String shipped(String resource) throws IOException {
        try (InputStream in = TemplateLayoutTest.class.getResourceAsStream("/certificates/templates/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
