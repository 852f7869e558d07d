package org.skillpass.certificate.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.skillpass.certificate.domain.CertificateType;
import org.skillpass.shared.domain.DomainException;

class CertificateRendererTest {

    private final CertificateRenderer renderer = new CertificateRenderer();

    @Test
    void drawsEveryFieldInChineseOnOneA4Page() throws Exception {
        byte[] pdf = renderer.render(Samples.skillLevel("张三丰", null), Samples.skillLevelTemplate());

        String text = Samples.text(pdf);
        assertThat(text).contains("职业技能等级证书", "张三丰", "居民身份证", "220***********1234", "电工", "维修电工",
                "四级/中级工", "吉林省职业技能鉴定指导中心", "2026年11月23日", "S123422000101264000123",
                "姓名", "证件号码", "发证机构", "证书编号");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(doc.getDocumentInformation().getTitle()).contains("职业技能等级证书");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2026, 11, 23).atTime(9, 0).atZone(Pdfs.CHINA).toInstant());
        }
    }

    @Test
    void embedsChineseAsAFontSubsetSoTheFileStaysSmall() throws Exception {
        byte[] pdf = renderer.render(Samples.skillLevel("李四", null), Samples.skillLevelTemplate());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
                assertThat(resources.getFont(name).isEmbedded()).isTrue();
            }
            assertThat(fonts).hasSize(2).allMatch(f -> f.matches("^[A-Z]{6}\\+NotoSansSC-(Regular|Bold)$"));
        }
        assertThat(pdf.length).isLessThan(100 * 1024);
    }

    @Test
    void theQrCodeReadsAsTheVerificationUrl() throws Exception {
        byte[] pdf = renderer.render(Samples.skillLevel("王五", null), Samples.skillLevelTemplate());

        assertThat(Samples.decodeQr(pdf)).isEqualTo(Samples.VERIFY_URL);
    }

    @Test
    void drawsThePhotoWhenGiven() throws Exception {
        byte[] without = renderer.render(Samples.skillLevel("赵六", null), Samples.skillLevelTemplate());
        byte[] withJpeg = renderer.render(Samples.skillLevel("赵六", Samples.photo("jpg")), Samples.skillLevelTemplate());
        byte[] withPng = renderer.render(Samples.skillLevel("赵六", Samples.photo("png")), Samples.skillLevelTemplate());

        assertThat(images(without)).hasSize(1);
        assertThat(images(withJpeg)).hasSize(2).anyMatch(i -> i.getWidth() == 300 && i.getHeight() == 420);
        assertThat(images(withPng)).hasSize(2).anyMatch(i -> i.getWidth() == 300 && i.getHeight() == 420);
        assertThat(Samples.decodeQr(withJpeg)).isEqualTo(Samples.VERIFY_URL);
    }

    @Test
    void aPhotoThatIsNoImageIsRefused() {
        assertThatThrownBy(() -> renderer.render(Samples.skillLevel("赵六", new byte[] {1, 2, 3, 4, 5}),
                Samples.skillLevelTemplate()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certificate.pdf.photo.invalid"));
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        CertificateContent c = Samples.skillLevel("孙七", Samples.photo("png"));

        assertThat(renderer.render(c, Samples.skillLevelTemplate()))
                .isEqualTo(renderer.render(c, Samples.skillLevelTemplate()));
    }

    @Test
    void noWorkTypeShowsDashesAndATrainingCertificateHasNoLevelRow() {
        CertificateContent c = new CertificateContent(CertificateType.TRAINING_COMPLETION,
                CertificateType.TRAINING_COMPLETION.title(), "周八", "居民身份证", "410***********5678", null,
                "家政服务员", null, null, "安阳市职业技能培训学校", LocalDate.of(2026, 3, 5),
                "PX410420260000000 1".replace(" ", ""), "https://skillpass.example.cn/verify/PX41042026000000001");

        String text = Samples.text(renderer.render(c, TemplateLayout.classpath("training-completion.v1.properties")));

        assertThat(text).contains("培训合格证书", "周八", "家政服务员", "--", "2026年3月5日").doesNotContain("培训等级");
    }

    @Test
    void refusesATemplateForAnotherType() {
        assertThatThrownBy(() -> renderer.render(Samples.skillLevel("张三", null),
                TemplateLayout.classpath("special-ability.v1.properties")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPECIAL_ABILITY");
        assertThatThrownBy(() -> renderer.render(Samples.skillLevel("张三", null),
                TemplateLayout.classpath("transcript.v1.properties")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a certificate template");
    }

    @Test
    void aCharacterTheFontLacksIsRefusedNamingTheField() {
        // U+10FFFD is a private-use code point: no font has it
        assertThatThrownBy(() -> renderer.render(Samples.skillLevel("张" + new String(Character.toChars(0x10FFFD)),
                null), Samples.skillLevelTemplate()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("certificate.pdf.character.unsupported");
                    assertThat(e.args()).contains("姓名", "U+10FFFD");
                });
    }

    @Test
    void rendersFromTwoThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> names = List.of("钱一", "孙二", "李三", "周四", "吴五", "郑六", "王七", "冯八");
            for (String name : names) {
                Callable<String> task = () -> Samples.text(renderer.render(Samples.skillLevel(name, null),
                        Samples.skillLevelTemplate()));
                results.add(pool.submit(task));
            }
            for (int i = 0; i < names.size(); i++) {
                assertThat(results.get(i).get()).contains(names.get(i), "四级/中级工", "吉林省职业技能鉴定指导中心");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<PDImageXObject> images(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            return images;
        }
    }
}
