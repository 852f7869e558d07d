package org.skillpass.certificate.infrastructure.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.skillpass.certificate.domain.CertificateType;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Test content and PDF inspection helpers. */
final class Samples {

    static final String VERIFY_URL = "https://skillpass.example.cn/verify/S123422000101264000123";

    private Samples() {
    }

    static CertificateContent skillLevel(String holder, byte[] photo) {
        return new CertificateContent(CertificateType.SKILL_LEVEL, CertificateType.SKILL_LEVEL.title(), holder,
                "居民身份证", "220***********1234", photo, "电工", "维修电工", "四级/中级工",
                "吉林省职业技能鉴定指导中心", LocalDate.of(2026, 11, 23), "S123422000101264000123", VERIFY_URL);
    }

    static TemplateLayout skillLevelTemplate() {
        return TemplateLayout.classpath("skill-level.v1.properties");
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code on page 1, read from a 200 dpi rendering as a phone camera would. */
    static String decodeQr(byte[] pdf) throws IOException, NotFoundException {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // RGBLuminanceSource is zxing-core's equivalent of javase's BufferedImageLuminanceSource
        LuminanceSource source = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** A 300 x 420 passport-style picture. */
    static byte[] photo(String format) {
        BufferedImage image = new BufferedImage(300, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x4A90D9));
        g.fillRect(0, 0, 300, 420);
        g.setColor(new Color(0xF2D0B0));
        g.fillOval(90, 80, 120, 160);
        g.fillRect(60, 280, 180, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
