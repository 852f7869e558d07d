package org.skillpass.certificate.infrastructure.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.AssessmentRow;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.CertificateRow;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.ClassRow;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent.SubsidyRow;

/**
 * Draws a learner's transcript (终身职业技能培训档案) as a multi-page A4 PDF: a header with the holder and
 * an optional QR code, then one table per section (classes, assessments, certificates, subsidies). Tables
 * break across pages with the section title and column headers repeated; every page is numbered
 * "第 i 页 / 共 N 页". Unsigned: the caller signs with {@link PdfSigner}.
 *
 * <p>Stateless and safe to share between threads, like {@link CertificateRenderer}.
 */
public final class TranscriptRenderer {

    public byte[] render(TranscriptContent c, TemplateLayout t) {
        if (t.kind() != TemplateLayout.Kind.TRANSCRIPT) {
            throw new IllegalArgumentException("not a transcript template: " + t);
        }
        FontCache fonts = FontCache.get();
        List<Section> sections = sections(c, t);
        Pdfs.requireDrawable(fonts, t.text("label.name"), Pdfs.oneLine(c.holderName()));
        Pdfs.requireDrawable(fonts, "issuer", Pdfs.oneLine(c.issuerLine()));
        for (Section s : sections) {
            for (List<String> row : s.rows()) {
                for (String cell : row) {
                    Pdfs.requireDrawable(fonts, s.title(), cell);
                }
            }
        }
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, t, PDType0Font.load(doc, fonts.regular(), true),
                    PDType0Font.load(doc, fonts.bold(), true), c);
            w.firstPage();
            for (Section s : sections) {
                w.section(s);
            }
            w.finish();
            Pdfs.metadata(doc, t.text("title") + " " + Pdfs.oneLine(c.holderName()), t.text("title"),
                    c.generatedOn(), t + "|" + c);
            return Pdfs.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the transcript", e);
        }
    }

    private record Section(String title, List<String> columns, float[] widths, List<List<String>> rows) {
    }

    private static List<Section> sections(TranscriptContent c, TemplateLayout t) {
        List<List<String>> classes = new ArrayList<>();
        for (ClassRow r : c.classes()) {
            classes.add(cells(r.className(), r.occupation(), r.institution(), Pdfs.isoDate(r.start()),
                    Pdfs.isoDate(r.end()), plain(r.plannedHours()), plain(r.attendedHours()), r.state(),
                    plain(r.credits())));
        }
        List<List<String>> assessments = new ArrayList<>();
        for (AssessmentRow r : c.assessments()) {
            assessments.add(cells(r.occupation(), r.levelText(), Pdfs.isoDate(r.date()), plain(r.theory()),
                    plain(r.practical()), r.result()));
        }
        List<List<String>> certificates = new ArrayList<>();
        for (CertificateRow r : c.certificates()) {
            certificates.add(cells(r.number(), r.title(), r.occupation(), r.levelText(), Pdfs.isoDate(r.issued()),
                    r.status()));
        }
        List<List<String>> subsidies = new ArrayList<>();
        for (SubsidyRow r : c.subsidies()) {
            subsidies.add(cells(r.type(), money(r.amount()), r.state(), Pdfs.isoDate(r.date())));
        }
        return List.of(
                section(t, "classes", classes),
                section(t, "assessments", assessments),
                section(t, "certificates", certificates),
                section(t, "subsidies", subsidies));
    }

    private static Section section(TemplateLayout t, String name, List<List<String>> rows) {
        return new Section(Pdfs.oneLine(t.text("section." + name)), t.list("columns." + name),
                t.numbers("widths." + name), rows);
    }

    private static List<String> cells(String... texts) {
        List<String> cells = new ArrayList<>(texts.length);
        for (String s : texts) {
            cells.add(Pdfs.oneLine(s));
        }
        return cells;
    }

    /** 64, 63.5: hours, scores and credits without trailing zeros. */
    static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** 1,500.00 */
    static String money(BigDecimal n) {
        return n == null ? "" : String.format(Locale.ROOT, "%,.2f", n.setScale(2, RoundingMode.HALF_UP));
    }

    /** Lays out pages top to bottom; one per render call. */
    private static final class Writer {

        private final PDDocument doc;
        private final TemplateLayout t;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final TranscriptContent c;
        private final List<PDPage> pages = new ArrayList<>();
        private final float margin;
        private final float width;
        private final float height;
        private final float bottom;
        private final float bodySize;
        private final float headerSize;
        private final float padding;
        private final Color text;
        private final Color grid;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, TemplateLayout t, PDType0Font regular, PDType0Font bold, TranscriptContent c) {
            this.doc = doc;
            this.t = t;
            this.regular = regular;
            this.bold = bold;
            this.c = c;
            this.margin = t.number("page.margin");
            this.width = PDRectangle.A4.getWidth();
            this.height = PDRectangle.A4.getHeight();
            // room for the footer line and page number
            this.bottom = margin + t.number("footer.fontSize") * 2 + 6;
            this.bodySize = t.number("body.fontSize");
            this.headerSize = t.number("header.fontSize");
            this.padding = t.number("cell.padding");
            this.text = t.color("text.color");
            this.grid = t.color("grid.color");
        }

        void firstPage() throws IOException {
            newPage(false);
            String title = Pdfs.oneLine(t.text("title"));
            float titleSize = t.number("title.fontSize");
            y -= titleSize;
            Pdfs.centred(cs, bold, titleSize, t.color("accent.color"), width / 2, y, title);
            y -= titleSize * 0.9f;
            float qrSize = c.verifyUrl() == null ? 0 : t.number("qr.size");
            float infoTop = y;
            float infoSize = bodySize + 1.5f;
            float leading = infoSize * 1.9f;
            String line1 = t.text("label.name") + "：" + Pdfs.oneLine(c.holderName()) + "      "
                    + t.text("label.idNumber") + "：" + Pdfs.oneLine(c.maskedIdNumber());
            String line2 = t.text("label.generatedOn") + "：" + Pdfs.chineseDate(c.generatedOn()) + "      "
                    + t.text("label.totalCredits") + "：" + plain(c.totalCredits());
            String line3 = Pdfs.oneLine(c.issuerLine());
            float maxWidth = width - 2 * margin - qrSize - 10;
            for (String line : List.of(line1, line2, line3)) {
                y -= leading;
                Pdfs.text(cs, regular, Pdfs.fit(regular, infoSize, line, maxWidth), text, margin, y, line);
            }
            if (qrSize > 0) {
                PDImageXObject qr = Pdfs.qrCode(doc, c.verifyUrl());
                float qrY = infoTop - qrSize - 4;
                cs.drawImage(qr, width - margin - qrSize, qrY, qrSize, qrSize);
                Pdfs.centred(cs, regular, bodySize - 1, t.color("grid.color"), width - margin - qrSize / 2,
                        qrY - bodySize, Pdfs.oneLine(t.text("qr.caption")));
                y = Math.min(y, qrY - bodySize - 4);
            }
            y -= 10;
            rule(t.color("accent.color"), 1f);
        }

        /** A new page; after the first, a running header names the transcript and the holder. */
        private void newPage(boolean runningHeader) throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = height - margin;
            if (runningHeader) {
                String header = Pdfs.oneLine(t.text("title")) + "  ·  " + Pdfs.oneLine(c.holderName()) + "  "
                        + Pdfs.oneLine(c.maskedIdNumber());
                y -= bodySize;
                Pdfs.text(cs, regular, bodySize, grid, margin, y, header);
                y -= 6;
                rule(grid, 0.5f);
            }
        }

        private void rule(Color color, float lineWidth) throws IOException {
            cs.setStrokingColor(color);
            cs.setLineWidth(lineWidth);
            cs.moveTo(margin, y);
            cs.lineTo(width - margin, y);
            cs.stroke();
        }

        void section(Section s) throws IOException {
            float[] columns = columnWidths(s.widths());
            List<List<String>> header = List.of(s.columns());
            float headerHeight = rowHeight(s.columns(), columns, bold, headerSize);
            List<String> empty = List.of(Pdfs.oneLine(t.text("empty")));
            float firstRow = s.rows().isEmpty() ? bodySize + 2 * padding
                    : rowHeight(s.rows().get(0), columns, regular, bodySize);
            // keep the title, the header and at least one row together
            if (y - titleHeight() - headerHeight - firstRow < bottom) {
                newPage(true);
            }
            title(s.title());
            row(s.columns(), columns, bold, headerSize, headerHeight, true);
            if (s.rows().isEmpty()) {
                row(empty, new float[] {width - 2 * margin}, regular, bodySize, bodySize + 2 * padding, false);
                return;
            }
            for (List<String> r : s.rows()) {
                float h = rowHeight(r, columns, regular, bodySize);
                if (y - h < bottom) {
                    newPage(true);
                    title(s.title() + Pdfs.oneLine(t.text("section.continued")));
                    row(header.get(0), columns, bold, headerSize, headerHeight, true);
                }
                row(r, columns, regular, bodySize, h, false);
            }
        }

        private float titleHeight() {
            return t.number("section.fontSize") + 14;
        }

        private void title(String title) throws IOException {
            float size = t.number("section.fontSize");
            y -= size + 8;
            Pdfs.text(cs, bold, size, t.color("accent.color"), margin, y, title);
            y -= 6;
        }

        private float[] columnWidths(float[] weights) {
            float sum = 0;
            for (float w : weights) {
                sum += w;
            }
            float[] result = new float[weights.length];
            for (int i = 0; i < weights.length; i++) {
                result[i] = (width - 2 * margin) * weights[i] / sum;
            }
            return result;
        }

        private float rowHeight(List<String> cells, float[] columns, PDType0Font font, float size) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, wrap(cells.get(i), font, size, columns[i] - 2 * padding).size());
            }
            return lines * size * 1.3f + 2 * padding;
        }

        private void row(List<String> cells, float[] columns, PDType0Font font, float size, float h, boolean header)
                throws IOException {
            float x = margin;
            float tableWidth = 0;
            for (float w : columns) {
                tableWidth += w;
            }
            if (header) {
                cs.setNonStrokingColor(t.color("header.fill"));
                cs.addRect(margin, y - h, tableWidth, h);
                cs.fill();
            }
            cs.setStrokingColor(grid);
            cs.setLineWidth(0.4f);
            cs.addRect(margin, y - h, tableWidth, h);
            cs.stroke();
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    cs.moveTo(x, y);
                    cs.lineTo(x, y - h);
                    cs.stroke();
                }
                List<String> lines = wrap(i < cells.size() ? cells.get(i) : "", font, size, columns[i] - 2 * padding);
                float lineY = y - padding - size;
                for (String line : lines) {
                    Pdfs.text(cs, font, size, text, x + padding, lineY, line);
                    lineY -= size * 1.3f;
                }
                x += columns[i];
            }
            y -= h;
        }

        /** Breaks between any two characters, as Chinese text allows; Latin words may break too in narrow cells. */
        private static List<String> wrap(String s, PDType0Font font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = Pdfs.width(font, size, ch);
                if (lineWidth + w > maxWidth && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(ch);
                lineWidth += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }

        /** Footers go on last, when the page count is known. */
        void finish() throws IOException {
            cs.close();
            cs = null;
            float size = t.number("footer.fontSize");
            String footer = Pdfs.oneLine(t.text("footer"));
            MessageFormat numbering = new MessageFormat(t.text("page.number"), Locale.ROOT);
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footerStream = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String number = numbering.format(new Object[] {String.valueOf(i + 1), String.valueOf(pages.size())});
                    float lineY = margin + size;
                    footerStream.setStrokingColor(grid);
                    footerStream.setLineWidth(0.5f);
                    footerStream.moveTo(margin, lineY + size + 2);
                    footerStream.lineTo(width - margin, lineY + size + 2);
                    footerStream.stroke();
                    float numberWidth = Pdfs.width(regular, size, number);
                    Pdfs.text(footerStream, regular,
                            Pdfs.fit(regular, size, footer, width - 2 * margin - numberWidth - 20), grid, margin,
                            lineY, footer);
                    Pdfs.rightAligned(footerStream, regular, size, text, width - margin, lineY, number);
                }
            }
        }
    }
}
