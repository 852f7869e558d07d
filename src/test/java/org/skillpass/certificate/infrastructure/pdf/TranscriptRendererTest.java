package org.skillpass.certificate.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.AssessmentRow;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.CertificateRow;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.ClassRow;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.SubsidyRow;

class TranscriptRendererTest {

    private final TranscriptRenderer renderer = new TranscriptRenderer();
    private final TemplateLayout template = TemplateLayout.classpath("transcript.v1.properties");

    @Test
    void sixtyClassesSpillOntoFurtherPagesWithNumberedPagesAndRepeatedHeaders() throws Exception {
        byte[] pdf = renderer.render(transcript(60), template);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("终身职业技能培训档案", "一、培训记录", "二、考核评价记录", "三、证书记录", "四、补贴享受记录",
                    "第 2 页", "第 1 页 / 共 " + pages + " 页", "焊工培训班第60期", "S123422000101264000123",
                    "1,500.00", "吉林省长春市人力资源和社会保障局", "陈小明");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(doc)).contains("一、培训记录（续）", "培训班", "出勤学时", "第 2 页 / 共 " + pages + " 页");
        }
        assertThat(pdf.length).isLessThan(150 * 1024);
    }

    @Test
    void emptySectionsSaySoAndOnePageSuffices() throws Exception {
        TranscriptContent none = new TranscriptContent("陈小明", "220***********1234", LocalDate.of(2026, 11, 23),
                "SkillPass", null, null, null, null, null, null);

        byte[] pdf = renderer.render(none, template);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("无记录", "第 1 页 / 共 1 页");
        }
    }

    @Test
    void carriesAQrCodeToItsVerificationPage() throws Exception {
        assertThat(Samples.decodeQr(renderer.render(transcript(3), template)))
                .isEqualTo("https://skillpass.example.cn/transcript/verify/abc123");
    }

    @Test
    void aSignedTranscriptIsIntact() {
        byte[] signed = new PdfSigner(SigningKey.selfSigned("档案签名")).sign(renderer.render(transcript(5), template),
                "档案导出", "长春", null);

        assertThat(PdfSignatureCheck.check(signed).intact()).isTrue();
    }

    @Test
    void refusesACertificateTemplate() {
        assertThatThrownBy(() -> renderer.render(transcript(1), Samples.skillLevelTemplate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a transcript template");
    }

    @Test
    void formatsNumbers() {
        assertThat(TranscriptRenderer.plain(new BigDecimal("64.00"))).isEqualTo("64");
        assertThat(TranscriptRenderer.plain(new BigDecimal("63.50"))).isEqualTo("63.5");
        assertThat(TranscriptRenderer.money(new BigDecimal("1500"))).isEqualTo("1,500.00");
    }

    static TranscriptContent transcript(int classCount) {
        List<ClassRow> classes = new ArrayList<>();
        for (int i = 1; i <= classCount; i++) {
            classes.add(new ClassRow("焊工培训班第" + i + "期", "焊工", "吉林市第一职业技能培训学校（长春分校）",
                    LocalDate.of(2025, 3, 1).plusDays(i), LocalDate.of(2025, 4, 1).plusDays(i), new BigDecimal("120"),
                    new BigDecimal("112.5"), "已结业", new BigDecimal("7.5")));
        }
        return new TranscriptContent("陈小明", "220***********1234", LocalDate.of(2026, 11, 23),
                "吉林省长春市人力资源和社会保障局", "https://skillpass.example.cn/transcript/verify/abc123", classes,
                List.of(new AssessmentRow("焊工", "四级/中级工", LocalDate.of(2025, 5, 10), new BigDecimal("78"),
                        new BigDecimal("85.5"), "合格")),
                List.of(new CertificateRow("S123422000101264000123", "职业技能等级证书", "焊工", "四级/中级工",
                        LocalDate.of(2025, 6, 1), "有效")),
                List.of(new SubsidyRow("职业培训补贴", new BigDecimal("1500"), "已发放", LocalDate.of(2025, 8, 1))),
                new BigDecimal("450"));
    }
}
