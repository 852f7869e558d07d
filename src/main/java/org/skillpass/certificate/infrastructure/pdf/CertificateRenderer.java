package org.skillpass.certificate.infrastructure.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.skillpass.shared.domain.DomainException;

/**
 * Draws one certificate as a one-page A4 PDF (unsigned: sign it with {@link PdfSigner}). All fields
 * DOMAIN.md lists are drawn from the template's positions and labels; Chinese text is embedded as a
 * subset of Noto Sans SC; the QR code holds the verification URL.
 *
 * <p>Stateless and safe to share between threads: each call builds its own document, and the parsed
 * fonts come from this thread's {@link FontCache}.
 */
public final class CertificateRenderer {

    /** Space between the photo and the values beside it. */
    private static final float PHOTO_GAP = 12;

    private record Field(String label, String value, boolean holder) {
    }

    /**
     * Drops the fonts this thread parsed (about 21 MB), for threads that stop rendering; the next render
     * on the thread parses them again. Covers {@link TranscriptRenderer} too.
     */
    public static void releaseThreadFonts() {
        FontCache.release();
    }

    public byte[] render(CertificateContent c, TemplateLayout t) {
        if (t.kind() != TemplateLayout.Kind.CERTIFICATE) {
            throw new IllegalArgumentException("not a certificate template: " + t);
        }
        if (t.certificateType().isPresent() && t.certificateType().get() != c.type()) {
            throw new IllegalArgumentException("template " + t + " is for " + t.certificateType().get()
                    + ", not " + c.type());
        }
        FontCache fonts = FontCache.get();
        List<Field> fields = fields(c, t, fonts);
        String title = Pdfs.oneLine(c.title());
        Pdfs.requireDrawable(fonts, "title", title);
        Pdfs.requireDrawable(fonts, "issuer", Pdfs.oneLine(c.issuer()));
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4 = PDRectangle.A4;
            PDPage page = new PDPage(t.landscape() ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
            doc.addPage(page);
            PDType0Font regular = PDType0Font.load(doc, fonts.regular(), true);
            PDType0Font bold = PDType0Font.load(doc, fonts.bold(), true);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            PDImageXObject photo = c.hasPhoto() ? photo(doc, c.photoBytes()) : null;
            PDImageXObject qr = Pdfs.qrCode(doc, c.verifyUrl());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                border(cs, t, w, h);
                heading(cs, t, regular, bold, title, w, h);
                fields(cs, t, regular, bold, fields, w, h);
                if (photo != null) {
                    photo(cs, t, photo, w, h);
                }
                qr(cs, t, regular, qr);
                footer(cs, t, regular, w);
            }
            Pdfs.metadata(doc, title + " " + c.number(), c.type().title(), c.issueDate(),
                    String.join("|", t.toString(), c.type().name(), c.number(), c.holderName(), c.maskedIdNumber(),
                            c.occupation(), c.workType(), String.valueOf(c.levelText()), c.issuer(),
                            c.issueDate().toString(), c.verifyUrl(),
                            c.hasPhoto() ? HexFormat.of().formatHex(Pdfs.sha256(c.photoBytes())) : "-"));
            return Pdfs.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + c.number(), e);
        }
    }

    private static List<Field> fields(CertificateContent c, TemplateLayout t, FontCache fonts) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(t.text("label.name"), c.holderName(), true));
        fields.add(new Field(t.text("label.idType"), c.idType(), false));
        fields.add(new Field(t.text("label.idNumber"), c.maskedIdNumber(), false));
        fields.add(new Field(t.text("label.occupation"), c.occupation(), false));
        fields.add(new Field(t.text("label.workType"), c.workType(), false));
        if (c.levelText() != null && !c.levelText().isBlank()) {
            fields.add(new Field(t.text("label.level"), c.levelText(), false));
        }
        fields.add(new Field(t.text("label.number"), c.number(), false));
        fields.add(new Field(t.text("label.issuer"), c.issuer(), false));
        fields.add(new Field(t.text("label.issueDate"), Pdfs.chineseDate(c.issueDate()), false));
        List<Field> clean = new ArrayList<>(fields.size());
        for (Field f : fields) {
            Field one = new Field(Pdfs.oneLine(f.label()), Pdfs.oneLine(f.value()), f.holder());
            Pdfs.requireDrawable(fonts, one.label(), one.label() + one.value());
            clean.add(one);
        }
        return clean;
    }

    private static void border(PDPageContentStream cs, TemplateLayout t, float w, float h) throws IOException {
        float m = t.number("border.margin");
        float bw = t.number("border.width");
        cs.setStrokingColor(t.color("border.color"));
        cs.setLineWidth(bw);
        cs.addRect(m, m, w - 2 * m, h - 2 * m);
        cs.stroke();
        float inner = m + bw / 2 + t.number("border.inner.gap");
        cs.setStrokingColor(t.color("border.inner.color"));
        cs.setLineWidth(t.number("border.inner.width"));
        cs.addRect(inner, inner, w - 2 * inner, h - 2 * inner);
        cs.stroke();
    }

    private static void heading(PDPageContentStream cs, TemplateLayout t, PDType0Font regular, PDType0Font bold,
            String title, float w, float h) throws IOException {
        float maxWidth = w - 2 * (t.number("border.margin") + 40);
        float y = h - t.number("title.top");
        float size = Pdfs.fit(bold, t.number("title.fontSize"), title, maxWidth);
        Pdfs.centred(cs, bold, size, t.color("accent.color"), w / 2, y, title);
        String subtitle = Pdfs.oneLine(t.text("subtitle"));
        if (!subtitle.isEmpty()) {
            float subSize = Pdfs.fit(regular, t.number("subtitle.fontSize"), subtitle, maxWidth);
            float subY = y - subSize - 12;
            Pdfs.centred(cs, regular, subSize, t.color("label.color"), w / 2, subY, subtitle);
            y = subY;
        }
        // a short rule under the heading, in the accent colour
        cs.setStrokingColor(t.color("accent.color"));
        cs.setLineWidth(0.8f);
        cs.moveTo(w / 2 - 70, y - 12);
        cs.lineTo(w / 2 + 70, y - 12);
        cs.stroke();
    }

    private static void fields(PDPageContentStream cs, TemplateLayout t, PDType0Font regular, PDType0Font bold,
            List<Field> fields, float w, float h) throws IOException {
        float left = t.number("field.left");
        float top = t.number("field.top");
        float lineHeight = t.number("field.lineHeight");
        float labelWidth = t.number("label.width");
        float labelSize = t.number("label.fontSize");
        float valueSize = t.number("value.fontSize");
        float holderSize = t.number("holder.fontSize");
        float photoBottom = t.number("photo.top") + t.number("photo.height");
        float photoLeft = w - t.number("photo.right") - t.number("photo.width");
        Color labelColor = t.color("label.color");
        Color textColor = t.color("text.color");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            float fromTop = top + i * lineHeight;
            float y = h - fromTop;
            float size = f.holder() ? holderSize : valueSize;
            // rows beside the photo stop short of it (whether or not there is one, so all look alike)
            float right = fromTop - size < photoBottom ? photoLeft - PHOTO_GAP : w - t.number("photo.right");
            float valueX = left + labelWidth;
            Pdfs.text(cs, regular, Pdfs.fit(regular, labelSize, f.label(), labelWidth - 6), labelColor, left, y,
                    f.label());
            PDType0Font font = f.holder() ? bold : regular;
            Pdfs.text(cs, font, Pdfs.fit(font, size, f.value(), right - valueX), textColor, valueX, y, f.value());
            // a hairline under each value, like the ruled lines of a printed form
            cs.setStrokingColor(t.color("border.inner.color"));
            cs.setLineWidth(0.4f);
            cs.moveTo(valueX, y - 6);
            cs.lineTo(right, y - 6);
            cs.stroke();
        }
    }

    private static PDImageXObject photo(PDDocument doc, byte[] bytes) {
        try {
            return PDImageXObject.createFromByteArray(doc, bytes, "photo");
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException("certificate.pdf.photo.invalid");
        }
    }

    /** Scaled to fit its box, keeping its proportions, centred, with a thin frame. */
    private static void photo(PDPageContentStream cs, TemplateLayout t, PDImageXObject photo, float w, float h)
            throws IOException {
        float boxW = t.number("photo.width");
        float boxH = t.number("photo.height");
        float boxX = w - t.number("photo.right") - boxW;
        float boxY = h - t.number("photo.top") - boxH;
        float scale = Math.min(boxW / photo.getWidth(), boxH / photo.getHeight());
        float pw = photo.getWidth() * scale;
        float ph = photo.getHeight() * scale;
        cs.drawImage(photo, boxX + (boxW - pw) / 2, boxY + (boxH - ph) / 2, pw, ph);
        cs.setStrokingColor(t.color("label.color"));
        cs.setLineWidth(0.5f);
        cs.addRect(boxX, boxY, boxW, boxH);
        cs.stroke();
    }

    private static void qr(PDPageContentStream cs, TemplateLayout t, PDType0Font regular, PDImageXObject qr)
            throws IOException {
        float x = t.number("qr.left");
        float y = t.number("qr.bottom");
        float size = t.number("qr.size");
        cs.drawImage(qr, x, y, size, size);
        String caption = Pdfs.oneLine(t.text("qr.caption"));
        float captionSize = t.number("qr.caption.fontSize");
        Pdfs.centred(cs, regular, captionSize, t.color("label.color"), x + size / 2, y - captionSize - 4, caption);
    }

    private static void footer(PDPageContentStream cs, TemplateLayout t, PDType0Font regular, float w)
            throws IOException {
        String footer = Pdfs.oneLine(t.text("footer"));
        float maxWidth = w - 2 * (t.number("border.margin") + 24);
        float size = Pdfs.fit(regular, t.number("footer.fontSize"), footer, maxWidth);
        Pdfs.centred(cs, regular, size, t.color("label.color"), w / 2, t.number("footer.bottom"), footer);
    }
}
