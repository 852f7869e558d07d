package org.skillpass.certificate.infrastructure.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.skillpass.shared.domain.DomainException;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Drawing and saving helpers shared by the certificate and transcript renderers. Stateless. */
final class Pdfs {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Documents carry their issue date at this time, so that the same content gives the same bytes. */
    static final LocalTime DOCUMENT_TIME = LocalTime.of(9, 0);
    static final String PRODUCER = "SkillPass";

    private Pdfs() {
    }

    /** 2026年11月23日: the way dates are written on Chinese certificates. */
    static String chineseDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2026-11-23, for narrow table cells. */
    static String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Line breaks and tabs become spaces: a PDF text run draws one line, and the fonts have no glyph for them. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return b.toString().strip();
    }

    /**
     * Refuses text the fonts cannot draw (a rare character in a name, say): a certificate with a silently
     * dropped character would be wrong, so the issuer is told which field and character.
     */
    static void requireDrawable(FontCache fonts, String field, String text) {
        int cp = fonts.firstMissing(text);
        if (cp >= 0) {
            throw new DomainException("certificate.pdf.character.unsupported", field, new String(Character.toChars(cp)),
                    String.format(Locale.ROOT, "U+%04X", cp));
        }
    }

    /** A QR code as a 1-pixel-per-module image (the viewer scales it): a few hundred bytes per file. */
    static PDImageXObject qrCode(PDDocument doc, String text) throws IOException {
        BitMatrix m = qrMatrix(text);
        BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                image.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return LosslessFactory.createFromImage(doc, image);
    }

    /**
     * The QR modules for {@code text}, checked by reading them back. ZXing's reader fails on a few
     * percent of the codes its writer makes (which lengths depends on the error correction level and mask),
     * and a certificate whose code does not scan is useless, so another mask pattern is tried until one
     * reads back. ASCII text (our URLs) is written without an ECI header, which some older readers mishandle.
     */
    static BitMatrix qrMatrix(String text) {
        BitMatrix first = null;
        for (int mask = -1; mask < 8; mask++) {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
                hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
            }
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
            hints.put(EncodeHintType.MARGIN, 2);
            if (mask >= 0) {
                hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
            }
            BitMatrix m;
            try {
                m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
            } catch (WriterException e) {
                throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
            }
            if (text.equals(readBack(m))) {
                return m;
            }
            first = first == null ? m : first;
        }
        return first;
    }

    /** What ZXing reads from the modules drawn at 3 pixels each, or null. */
    private static String readBack(BitMatrix m) {
        int scale = 3;
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        byte[] pixels = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = m.get(x / scale, y / scale) ? 0 : (byte) 0xFF;
            }
        }
        LuminanceSource source = new PlanarYUVLuminanceSource(pixels, w, h, 0, 0, w, h, false);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
            return null;
        }
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The font size at which {@code text} fits {@code maxWidth}, never more than {@code size}. */
    static float fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        float w = width(font, size, text);
        return w <= maxWidth || w == 0 ? size : size * maxWidth / w;
    }

    static void text(PDPageContentStream cs, PDFont font, float size, Color color, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    static void centred(PDPageContentStream cs, PDFont font, float size, Color color, float centreX, float y,
            String text) throws IOException {
        text(cs, font, size, color, centreX - width(font, size, text) / 2, y, text);
    }

    static void rightAligned(PDPageContentStream cs, PDFont font, float size, Color color, float right, float y,
            String text) throws IOException {
        text(cs, font, size, color, right - width(font, size, text), y, text);
    }

    /**
     * Title, dates and a document ID derived from the content, so that rendering the same content twice
     * gives the same bytes (PDFBox would otherwise put the current time into the ID).
     */
    static void metadata(PDDocument doc, String title, String subject, LocalDate date, String idSeed) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        Calendar when = GregorianCalendar.from(date.atTime(DOCUMENT_TIME).atZone(CHINA));
        when.setTimeZone(TimeZone.getTimeZone(CHINA));
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] id = Arrays.copyOf(sha256(idSeed), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
